package dev.slicewise.adapter.llm.plate;

/**
 * A decoded view, as the measures need it: per pixel its brightness and how far it is from grey, row by row, each
 * computed once.
 */
record Raster(int width, int height, int[] luminance, int[] chroma) {

    /** From packed RGB pixels ({@code 0xRRGGBB}). */
    static Raster ofRgb(int width, int height, int[] rgb) {
        int[] luminance = new int[rgb.length];
        int[] chroma = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            set(luminance, chroma, i, (rgb[i] >> 16) & 0xFF, (rgb[i] >> 8) & 0xFF, rgb[i] & 0xFF);
        }
        return new Raster(width, height, luminance, chroma);
    }

    /** From interleaved 8-bit blue, green, red samples (the layout JPEG decoding gives). */
    static Raster ofBgr(int width, int height, byte[] bgr) {
        int pixels = width * height;
        int[] luminance = new int[pixels];
        int[] chroma = new int[pixels];
        for (int i = 0; i < pixels; i++) {
            set(luminance, chroma, i, bgr[3 * i + 2] & 0xFF, bgr[3 * i + 1] & 0xFF, bgr[3 * i] & 0xFF);
        }
        return new Raster(width, height, luminance, chroma);
    }

    /** Perceived brightness 0 to 255, and the spread of the channels (0 for a neutral grey). */
    private static void set(int[] luminance, int[] chroma, int i, int r, int g, int b) {
        luminance[i] = (r * 299 + g * 587 + b * 114) / 1000;
        chroma[i] = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }

    int luminance(int index) {
        return luminance[index];
    }

    int chroma(int index) {
        return chroma[index];
    }
}
