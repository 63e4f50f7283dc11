package dev.slicewise.adapter.llm.plate;

import dev.slicewise.domain.plate.BoundingBox;
import dev.slicewise.domain.plate.analysis.Confidence;
import dev.slicewise.domain.plate.analysis.Feature;
import dev.slicewise.domain.plate.analysis.Observations;
import dev.slicewise.domain.plate.analysis.ShapeClass;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Combines the views into observations. Overhangs, bridges and small bases are taken from the view that shows them
 * best (a post hides behind its bar from some sides); proportions from the views from above (tall in most, flat in all); islands
 * from the view from above that separates most of them; the shape class from the shading of every view, tipped by the object's
 * kind when the shading leaves it open. When the plate holds one model and its bounding box, its real proportions in
 * millimetres decide tall and flat instead of the views.
 */
final class ShapeEstimator {

    /**
     * The curved share above which a shape is organic: boxes read below 0.08 (their pixels of curved surface are JPEG
     * ringing and anti-aliased edges), spheres, domes and cylinders above 0.2.
     */
    private static final double ORGANIC_SHARE = 0.15;
    /** How far the object's kind moves the curved share: enough to decide a close call, never a clear one. */
    private static final double KIND_NUDGE = 0.04;

    private ShapeEstimator() {
    }

    /**
     * @param fromAbove the views from above (at least one)
     * @param fromBelow the view from below, when sent
     * @param box       the bounding box of the plate's single model, when known
     */
    static Observations estimate(List<ViewEvidence> fromAbove, Optional<ViewEvidence> fromBelow,
                                 Optional<BoundingBox> box, Optional<ObjectKind> kind) {
        Map<Feature, Confidence> features = new EnumMap<>(Feature.class);
        double overhang = 0;
        double smallBase = 0;
        double bridge = 0;
        List<Double> aspects = new ArrayList<>();
        int mostIslands = 0;
        double islandShare = 1;
        for (ViewEvidence view : fromAbove) {
            if (view.islands().isEmpty()) {
                continue;
            }
            for (Silhouette island : view.islands()) {
                overhang = Math.max(overhang, SilhouetteMeasures.neck(island));
                smallBase = Math.max(smallBase, SilhouetteMeasures.smallBase(island));
                bridge = Math.max(bridge, SilhouetteMeasures.bridge(island));
            }
            aspects.add(SilhouetteMeasures.aspect(view.largest()));
            if (view.islands().size() > mostIslands) {
                mostIslands = view.islands().size();
                islandShare = view.islands().stream().mapToInt(Silhouette::area).sum() / (double) view.pixels()
                        / mostIslands;
            }
        }
        put(features, Feature.OVERHANGS, overhang);
        put(features, Feature.SMALL_BASE, smallBase);
        put(features, Feature.BRIDGES, bridge);
        if (box.isPresent()) {
            BoundingBox b = box.get();
            double footprintMin = Math.max(1e-3, Math.min(b.maxX() - b.minX(), b.maxY() - b.minY()));
            double footprintMax = Math.max(1e-3, Math.max(b.maxX() - b.minX(), b.maxY() - b.minY()));
            double height = b.maxZ() - b.minZ();
            put(features, Feature.TALL_AND_THIN, SilhouetteMeasures.clamp((height / footprintMin - 2.5) / 1.5));
            put(features, Feature.FLAT_LARGE_BASE, SilhouetteMeasures.clamp((0.15 - height / footprintMax) / 0.08)
                    * SilhouetteMeasures.clamp((footprintMax - 60) / 40));
        } else {
            // tall: in most views; flat: in every view (a long low bar is flat only when seen from its side)
            double median = aspects.isEmpty() ? 1 : aspects.stream().sorted().toList().get(aspects.size() / 2);
            double highest = aspects.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            put(features, Feature.TALL_AND_THIN, SilhouetteMeasures.clamp((median - 1.9) / 0.8));
            put(features, Feature.FLAT_LARGE_BASE, SilhouetteMeasures.clamp((0.9 - highest) / 0.12));
        }
        double smallIslands = SilhouetteMeasures.clamp((0.02 - islandShare) / 0.01);
        put(features, Feature.MANY_ISLANDS, SilhouetteMeasures.clamp((mostIslands - 3) / 3.0) * smallIslands);

        Texture.Counts texture = fromAbove.stream().map(ViewEvidence::texture)
                .reduce(new Texture.Counts(0, 0), Texture.Counts::plus);
        if (fromBelow.isPresent()) {
            texture = texture.plus(fromBelow.get().texture());
        }
        double curved = texture.curvedShare() + kind.map(ShapeEstimator::nudge).orElse(0.0);
        ShapeClass shape = curved >= ORGANIC_SHARE ? ShapeClass.ORGANIC : ShapeClass.BOXY;
        Confidence shapeConfidence = Confidence.of(0.5 + Math.abs(curved - ORGANIC_SHARE) * 4);
        return new Observations(features, shape, shapeConfidence);
    }

    private static double nudge(ObjectKind kind) {
        return switch (kind) {
            case FIGURINE -> KIND_NUDGE;
            case MECHANICAL_PART -> -KIND_NUDGE;
            case VASE, BOAT -> 0;
        };
    }

    private static void put(Map<Feature, Confidence> features, Feature feature, double score) {
        if (score > 0) {
            features.put(feature, Confidence.of(score));
        }
    }
}
