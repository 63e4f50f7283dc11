package dev.slicewise.adapter.llm.plate;

/** A decoded view: packed RGB pixels, row by row. */
record Raster(int width, int height, int[] rgb) {

    int red(int index) {
        return (rgb[index] >> 16) & 0xFF;
    }

    int green(int index) {
        return (rgb[index] >> 8) & 0xFF;
    }

    int blue(int index) {
        return rgb[index] & 0xFF;
    }

    /** Perceived brightness, 0 to 255. */
    int luminance(int index) {
        return (red(index) * 299 + green(index) * 587 + blue(index) * 114) / 1000;
    }

    /** How far from grey: 0 for a neutral pixel. */
    int chroma(int index) {
        int r = red(index);
        int g = green(index);
        int b = blue(index);
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }
}
