package dev.slicewise.adapter.llm.plate;

/**
 * Separates the models from the scenery. The scenery of a slicer view (the background, the bed, its grid lines) is
 * grey, and most of it is a few grey levels; models are drawn in their filament colour and shaded. A pixel is a model
 * pixel when it is coloured, or when it is grey but far from every grey level that covers a large part of the view or
 * of its border (a strip of background in a corner is small in the view but runs along the border);
 * an opening (erode, then dilate) then removes what is left of thin structures: grid lines, edges of the bed, JPEG
 * ringing.
 */
final class Segmentation {

    /** Below this the pixel is grey (JPEG shifts greys by a few levels). */
    static final int GREY_CHROMA = 36;
    /** A grey level covering this share of the view, or of its border, is scenery. */
    private static final double SCENERY_SHARE = 0.03;
    /** How far a grey pixel may be from a scenery level and still belong to it. */
    private static final int SCENERY_TOLERANCE = 26;

    private Segmentation() {
    }

    static boolean[] models(Raster view) {
        int pixels = view.width() * view.height();
        boolean[] scenery = sceneryLevels(view);
        boolean[] mask = new boolean[pixels];
        for (int i = 0; i < pixels; i++) {
            mask[i] = view.chroma(i) >= GREY_CHROMA || !scenery[view.luminance(i)];
        }
        return dilate(erode(mask, view.width(), view.height()), view.width(), view.height());
    }

    /** For each luminance, whether it is within the tolerance of a grey level that covers a large part of the view. */
    private static boolean[] sceneryLevels(Raster view) {
        int width = view.width();
        int height = view.height();
        int[] inView = new int[256];
        int[] onBorder = new int[256];
        for (int i = 0; i < width * height; i++) {
            if (view.chroma(i) < GREY_CHROMA) {
                inView[view.luminance(i)]++;
                int x = i % width;
                int y = i / width;
                if (x == 0 || y == 0 || x == width - 1 || y == height - 1) {
                    onBorder[view.luminance(i)]++;
                }
            }
        }
        boolean[] scenery = new boolean[256];
        markLevels(inView, width * height, scenery);
        markLevels(onBorder, 2 * (width + height) - 4, scenery);
        return scenery;
    }

    /** Marks the levels near each grey level that covers {@link #SCENERY_SHARE} of the counted pixels. */
    private static void markLevels(int[] histogram, int counted, boolean[] scenery) {
        int window = 4;
        for (int level = 0; level < 256; level++) {
            int around = 0;
            for (int l = Math.max(0, level - window); l <= Math.min(255, level + window); l++) {
                around += histogram[l];
            }
            if (around >= SCENERY_SHARE * counted) {
                for (int l = Math.max(0, level - SCENERY_TOLERANCE); l <= Math.min(255, level + SCENERY_TOLERANCE); l++) {
                    scenery[l] = true;
                }
            }
        }
    }

    static boolean[] erode(boolean[] mask, int width, int height) {
        boolean[] out = new boolean[mask.length];
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                boolean all = true;
                for (int dy = -1; dy <= 1 && all; dy++) {
                    for (int dx = -1; dx <= 1 && all; dx++) {
                        all = mask[(y + dy) * width + x + dx];
                    }
                }
                out[y * width + x] = all;
            }
        }
        return out;
    }

    private static boolean[] dilate(boolean[] mask, int width, int height) {
        boolean[] out = new boolean[mask.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!mask[y * width + x]) {
                    continue;
                }
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                            out[ny * width + nx] = true;
                        }
                    }
                }
            }
        }
        return out;
    }
}
