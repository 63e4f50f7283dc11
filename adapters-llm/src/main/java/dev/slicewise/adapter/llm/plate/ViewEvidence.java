package dev.slicewise.adapter.llm.plate;

import java.util.List;

/** What one view shows: its model silhouettes (islands) and the texture of their surfaces. */
record ViewEvidence(List<Silhouette> islands, Texture.Counts texture, int pixels) {

    /** A region smaller than this share of the view is noise, not a model. */
    private static final double MIN_ISLAND_SHARE = 0.0004;

    static ViewEvidence of(Raster view) {
        boolean[] models = Segmentation.models(view);
        int pixels = view.width() * view.height();
        List<Silhouette> islands = Silhouette.of(models, view.width(), view.height(),
                (int) Math.max(12, MIN_ISLAND_SHARE * pixels));
        return new ViewEvidence(islands, Texture.of(view, models), pixels);
    }

    Silhouette largest() {
        return islands.stream().max((a, b) -> Integer.compare(a.area(), b.area())).orElseThrow();
    }
}
