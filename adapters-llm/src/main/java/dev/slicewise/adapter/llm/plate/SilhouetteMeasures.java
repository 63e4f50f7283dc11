package dev.slicewise.adapter.llm.plate;

import java.util.Arrays;

/**
 * What one silhouette seen from above says about printing, each as a score from 0 to 1:
 * <ul>
 *   <li><b>neck</b>: a stretch of rows near the bottom, clearly narrower than the widest part, from which the body
 *   widens in one piece: a stem under a cap, a post under a bar, a stand under a ball. What is above the neck hangs
 *   over it, and the body stands on a small base;</li>
 *   <li><b>bridge</b>: rows with two separate runs far apart, joined higher up, on two feet: a span over air;</li>
 *   <li><b>aspect</b>: height over the widest extent, in the view (a view from above adds the depth of the top face
 *   to the height, so a cube reads 1.1 to 1.4 and a flat plate 0.5 to 0.8, depending on the side it is seen
 *   from).</li>
 * </ul>
 * The base of a body seen obliquely rises from a corner, row by row, so it is never a plateau; a stem is.
 */
final class SilhouetteMeasures {

    /** The body counts as reached at this share of its widest extent. */
    private static final double WIDE = 0.85;
    /** A neck is at most this share of the widest extent. */
    private static final double NARROW = 0.6;

    private SilhouetteMeasures() {
    }

    /** Overhang over a neck: 0 for none, up to 1 for a neck a third of the body wide and long enough to be sure. */
    static double neck(Silhouette s) {
        Neck neck = findNeck(s);
        if (neck.length == 0) {
            return 0;
        }
        double narrowness = clamp((0.72 - neck.width / (double) s.maxExtent()) / 0.32);
        double length = clamp((neck.length - 2) / (0.1 * s.height()));
        return narrowness * length;
    }

    /** Whether the neck starts at the bottom: the body then stands on it, a small base. */
    static double smallBase(Silhouette s) {
        Neck neck = findNeck(s);
        boolean atBottom = neck.length > 0 && neck.startFromBottom <= 0.2 * s.height();
        return atBottom ? neck(s) : 0;
    }

    /**
     * Rows with two runs far apart under a row that spans them, when the body also stands on two feet: two runs near
     * the bottom. (A bar reaching out towards the camera also shows two runs beside its post, but only one foot.)
     */
    static double bridge(Silhouette s) {
        int max = s.maxExtent();
        int spanningRow = -1;
        for (int row = 0; row < s.height(); row++) {
            if (s.runs()[row] == 1 && s.extent(row) >= 0.5 * max) {
                spanningRow = row;
                break;
            }
        }
        if (spanningRow < 0 || !standsOnTwoFeet(s)) {
            return 0;
        }
        int gapRows = 0;
        for (int row = spanningRow + 1; row < s.height(); row++) {
            if (s.runs()[row] >= 2 && s.extent(row) >= 0.45 * max) {
                gapRows++;
            }
        }
        return clamp(gapRows / (0.12 * s.height()));
    }

    private static boolean standsOnTwoFeet(Silhouette s) {
        for (int row = (int) (0.85 * s.height()); row < s.height(); row++) {
            if (s.runs()[row] >= 2) {
                return true;
            }
        }
        return false;
    }

    static double aspect(Silhouette s) {
        return s.height() / (double) Math.max(1, s.maxExtent());
    }

    private record Neck(int length, int width, int startFromBottom) {
    }

    /**
     * The longest run of rows below the widest part with one run each, a width within 10% (or 2 pixels) of the run's
     * first row and at most {@link #NARROW} of the widest extent, ending where the body widens in one piece.
     */
    private static Neck findNeck(Silhouette s) {
        int max = s.maxExtent();
        int bottom = s.height() - 1;
        int wide = bottom;
        while (wide >= 0 && s.extent(wide) < WIDE * max) {
            wide--;
        }
        Neck best = new Neck(0, 0, 0);
        int row = bottom;
        while (row > wide) {
            int width = s.extent(row);
            if (s.runs()[row] != 1 || width > NARROW * max) {
                row--;
                continue;
            }
            int tolerance = Math.max(2, width / 10);
            int top = row;
            while (top - 1 > wide && s.runs()[top - 1] == 1 && Math.abs(s.extent(top - 1) - width) <= tolerance) {
                top--;
            }
            int length = row - top + 1;
            if (length > best.length && widensInOnePiece(s, top, wide)) {
                int[] widths = new int[length];
                for (int i = 0; i < length; i++) {
                    widths[i] = s.extent(top + i);
                }
                Arrays.sort(widths);
                best = new Neck(length, widths[length / 2], bottom - row);
            }
            row = top - 1;
        }
        return best;
    }

    /** Between the neck and the widest row, every row is one run: the body grows out of the neck. */
    private static boolean widensInOnePiece(Silhouette s, int neckTop, int wide) {
        for (int row = neckTop - 1; row >= Math.max(0, wide); row--) {
            if (s.runs()[row] != 1) {
                return false;
            }
        }
        return true;
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
