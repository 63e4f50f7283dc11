package dev.slicewise.adapter.llm.plate;

import java.util.ArrayList;
import java.util.List;

/**
 * One separate model region of a view (an island), as rows of runs: for each image row from the top of the region, the
 * leftmost and rightmost pixel and the number of separate runs. Measures are in pixels.
 */
record Silhouette(int area, int[] left, int[] right, int[] runs) {

    int height() {
        return left.length;
    }

    /** Width from the leftmost to the rightmost pixel of a row; 0 for an empty row. */
    int extent(int row) {
        return runs[row] == 0 ? 0 : right[row] - left[row] + 1;
    }

    int maxExtent() {
        int max = 0;
        for (int row = 0; row < height(); row++) {
            max = Math.max(max, extent(row));
        }
        return max;
    }

    /** The separate regions of a mask (4-connected) with at least {@code minArea} pixels. */
    static List<Silhouette> of(boolean[] mask, int width, int height, int minArea) {
        int[] label = new int[mask.length];
        int[] queue = new int[mask.length];
        List<Silhouette> found = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < mask.length; start++) {
            if (!mask[start] || label[start] != 0) {
                continue;
            }
            next++;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            label[start] = next;
            int top = height;
            int bottom = -1;
            while (head < tail) {
                int p = queue[head++];
                int x = p % width;
                int y = p / width;
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
                int[] neighbours = {x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, y > 0 ? p - width : -1,
                        y < height - 1 ? p + width : -1};
                for (int n : neighbours) {
                    if (n >= 0 && mask[n] && label[n] == 0) {
                        label[n] = next;
                        queue[tail++] = n;
                    }
                }
            }
            if (tail >= minArea) {
                found.add(rows(label, next, width, top, bottom, tail));
            }
        }
        return found;
    }

    private static Silhouette rows(int[] label, int id, int width, int top, int bottom, int area) {
        int rows = bottom - top + 1;
        int[] left = new int[rows];
        int[] right = new int[rows];
        int[] runs = new int[rows];
        for (int row = 0; row < rows; row++) {
            int offset = (top + row) * width;
            left[row] = -1;
            boolean inside = false;
            for (int x = 0; x < width; x++) {
                boolean mine = label[offset + x] == id;
                if (mine) {
                    if (left[row] < 0) {
                        left[row] = x;
                    }
                    right[row] = x;
                    if (!inside) {
                        runs[row]++;
                    }
                }
                inside = mine;
            }
        }
        return new Silhouette(area, left, right, runs);
    }
}
