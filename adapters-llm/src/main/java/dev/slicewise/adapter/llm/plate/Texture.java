package dev.slicewise.adapter.llm.plate;

/**
 * Curved against flat surfaces, from the shading: a slicer shades each flat face in one tone, so inside a face the
 * brightness does not change; a curved surface changes tone smoothly from pixel to pixel. Counted well inside the
 * models (away from their outlines and from edges between faces), on brightness averaged over 3x3 pixels so that JPEG
 * noise reads as flat.
 */
final class Texture {

    /** Gradients, in levels of brightness across two pixels, below which a surface is flat. */
    private static final int FLAT = 3;
    /** ... and above which the pixel is on an edge between faces, not on a surface. */
    private static final int EDGE = 24;

    private Texture() {
    }

    /** Counts of curved and flat surface pixels of the models in one view. */
    record Counts(long curved, long flat) {
        Counts plus(Counts other) {
            return new Counts(curved + other.curved, flat + other.flat);
        }

        /** The share of curved surface; 0.5 when nothing was seen. */
        double curvedShare() {
            long total = curved + flat;
            return total == 0 ? 0.5 : curved / (double) total;
        }
    }

    static Counts of(Raster view, boolean[] models) {
        int width = view.width();
        int height = view.height();
        boolean[] inside = Segmentation.erode(Segmentation.erode(Segmentation.erode(models, width, height),
                width, height), width, height);
        int[] blurred = blurredLuminance(view);
        long curved = 0;
        long flat = 0;
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int p = y * width + x;
                if (!inside[p]) {
                    continue;
                }
                int gradient = (Math.abs(blurred[p + 1] - blurred[p - 1])
                        + Math.abs(blurred[p + width] - blurred[p - width])) / 9;
                if (gradient < FLAT) {
                    flat++;
                } else if (gradient < EDGE) {
                    curved++;
                }
            }
        }
        return new Counts(curved, flat);
    }

    /** The sum of the 3x3 neighbourhood's brightness (nine times the mean), as two passes of three. */
    private static int[] blurredLuminance(Raster view) {
        int width = view.width();
        int height = view.height();
        int[] rows = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 1; x < width - 1; x++) {
                int p = y * width + x;
                rows[p] = view.luminance(p - 1) + view.luminance(p) + view.luminance(p + 1);
            }
        }
        int[] sums = new int[width * height];
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int p = y * width + x;
                sums[p] = rows[p - width] + rows[p] + rows[p + width];
            }
        }
        return sums;
    }
}
