package dev.slicewise.domain.cad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A surface as an engine built it (CSG.js polygons or OpenSCAD's STL triangles), with the checks the tests make:
 * closed, how many separate solids, volume, bounds, and whether a point is inside. Corners closer than
 * {@link #WELD} are one corner; a corner lying on another polygon's edge splits that edge (CSG.js leaves such
 * T-junctions where a cut meets a face), so an edge shared by two faces is counted once on each side. Public for the
 * design benchmark (bench/), which measures the engines' solids exactly as the tests do.
 */
public final class Mesh {

    static final double WELD = 1e-5;
    private static final double[][] RAYS = {{0.5773, 0.3141, 0.7536}, {-0.4472, 0.8165, -0.3651}, {0.2672, -0.5345, -0.8018}};

    private final List<double[]> corners = new ArrayList<>();
    private final List<int[]> faces = new ArrayList<>();

    /** The mesh of these polygons, each as its corners' coordinates x1, y1, z1, x2, ... */
    public static Mesh of(List<double[]> polygons) {
        Mesh mesh = new Mesh();
        Map<String, Integer> index = new HashMap<>();
        for (double[] polygon : polygons) {
            List<Integer> face = new ArrayList<>();
            for (int i = 0; i + 2 < polygon.length; i += 3) {
                int corner = mesh.corner(index, polygon[i], polygon[i + 1], polygon[i + 2]);
                if (face.isEmpty() || face.getLast() != corner) {
                    face.add(corner);
                }
            }
            while (face.size() > 1 && face.getFirst().equals(face.getLast())) {
                face.removeLast();
            }
            if (face.size() >= 3) {
                mesh.faces.add(face.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        mesh.splitTJunctions();
        return mesh;
    }

    /** Welds by a grid of WELD-sized cells, looking in the neighbouring cells too. */
    private int corner(Map<String, Integer> index, double x, double y, double z) {
        long cx = Math.round(x / WELD);
        long cy = Math.round(y / WELD);
        long cz = Math.round(z / WELD);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                for (long dz = -1; dz <= 1; dz++) {
                    Integer found = index.get((cx + dx) + " " + (cy + dy) + " " + (cz + dz));
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        corners.add(new double[] {x, y, z});
        index.put(cx + " " + cy + " " + cz, corners.size() - 1);
        return corners.size() - 1;
    }

    private void splitTJunctions() {
        Integer[] byX = new Integer[corners.size()];
        for (int i = 0; i < byX.length; i++) {
            byX[i] = i;
        }
        Arrays.sort(byX, Comparator.comparingDouble(i -> corners.get(i)[0]));
        double[] xs = Arrays.stream(byX).mapToDouble(i -> corners.get(i)[0]).toArray();
        for (int f = 0; f < faces.size(); f++) {
            int[] face = faces.get(f);
            List<Integer> split = new ArrayList<>();
            for (int i = 0; i < face.length; i++) {
                int a = face[i];
                int b = face[(i + 1) % face.length];
                split.add(a);
                double[] pa = corners.get(a);
                double[] pb = corners.get(b);
                double lo = Math.min(pa[0], pb[0]) - WELD;
                double hi = Math.max(pa[0], pb[0]) + WELD;
                int from = Arrays.binarySearch(xs, lo);
                from = from < 0 ? -from - 1 : from;
                List<double[]> between = new ArrayList<>();
                for (int k = from; k < xs.length && xs[k] <= hi; k++) {
                    int c = byX[k];
                    if (c != a && c != b) {
                        double t = along(pa, pb, corners.get(c));
                        if (t > 0) {
                            between.add(new double[] {t, c});
                        }
                    }
                }
                between.sort(Comparator.comparingDouble(entry -> entry[0]));
                for (double[] entry : between) {
                    split.add((int) entry[1]);
                }
            }
            faces.set(f, split.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Where c lies strictly inside segment ab, as a share of its length; 0 when it does not. */
    private static double along(double[] a, double[] b, double[] c) {
        double[] ab = minus(b, a);
        double length2 = dot(ab, ab);
        double t = dot(minus(c, a), ab) / length2;
        if (t <= 1e-9 || t >= 1 - 1e-9) {
            return 0;
        }
        double[] closest = {a[0] + t * ab[0], a[1] + t * ab[1], a[2] + t * ab[2]};
        double[] off = minus(c, closest);
        return dot(off, off) < WELD * WELD ? t : 0;
    }

    /**
     * The edges that break closedness, empty for a closed, consistently oriented surface: every edge must be used
     * once in each direction, that is by exactly two faces on opposite sides.
     */
    public List<String> openEdges() {
        Map<Long, Integer> directed = new HashMap<>();
        for (int[] face : faces) {
            for (int i = 0; i < face.length; i++) {
                directed.merge(key(face[i], face[(i + 1) % face.length]), 1, Integer::sum);
            }
        }
        List<String> open = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : directed.entrySet()) {
            int a = (int) (entry.getKey() >> 32);
            int b = (int) (long) entry.getKey();
            int back = directed.getOrDefault(key(b, a), 0);
            if (entry.getValue() != 1 || back != 1) {
                open.add(Arrays.toString(corners.get(a)) + "->" + Arrays.toString(corners.get(b))
                        + " used " + entry.getValue() + " forward, " + back + " back");
            }
        }
        return open;
    }

    /** The number of separate solids: groups of faces connected through shared edges. */
    public int solids() {
        int[] parent = new int[faces.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Long, Integer> firstFace = new HashMap<>();
        for (int f = 0; f < faces.size(); f++) {
            int[] face = faces.get(f);
            for (int i = 0; i < face.length; i++) {
                int a = face[i];
                int b = face[(i + 1) % face.length];
                Integer other = firstFace.putIfAbsent(key(Math.min(a, b), Math.max(a, b)), f);
                if (other != null) {
                    parent[find(parent, f)] = find(parent, other);
                }
            }
        }
        int groups = 0;
        for (int i = 0; i < parent.length; i++) {
            if (find(parent, i) == i) {
                groups++;
            }
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The enclosed volume, positive when the faces point outwards. */
    public double volume() {
        double volume = 0;
        for (double[][] triangle : triangles()) {
            volume += dot(triangle[0], cross(triangle[1], triangle[2])) / 6;
        }
        return volume;
    }

    /** Lowest corner then highest corner. */
    public double[][] bounds() {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int[] face : faces) {
            for (int c : face) {
                for (int axis = 0; axis < 3; axis++) {
                    min[axis] = Math.min(min[axis], corners.get(c)[axis]);
                    max[axis] = Math.max(max[axis], corners.get(c)[axis]);
                }
            }
        }
        return new double[][] {min, max};
    }

    /** The largest distance of a corner from the Z axis. */
    public double radius() {
        double radius = 0;
        for (int[] face : faces) {
            for (int c : face) {
                radius = Math.max(radius, Math.hypot(corners.get(c)[0], corners.get(c)[1]));
            }
        }
        return radius;
    }

    /** Whether the point is inside: rays in three skew directions, each crossing the surface an odd number of times, by majority. */
    public boolean contains(double[] point) {
        List<double[][]> triangles = triangles();
        int inside = 0;
        for (double[] ray : RAYS) {
            int crossings = 0;
            for (double[][] triangle : triangles) {
                if (hits(point, ray, triangle)) {
                    crossings++;
                }
            }
            if (crossings % 2 == 1) {
                inside++;
            }
        }
        return inside >= 2;
    }

    /** The number of separate stretches inside the solid along a circle about the Z axis (a gear's teeth). */
    public int stretchesAround(double radius, double z, int samples) {
        boolean[] inside = new boolean[samples];
        for (int i = 0; i < samples; i++) {
            double angle = 2 * Math.PI * (i + 0.5) / samples;
            inside[i] = contains(new double[] {radius * Math.cos(angle), radius * Math.sin(angle), z});
        }
        int stretches = 0;
        for (int i = 0; i < samples; i++) {
            if (inside[i] && !inside[(i + samples - 1) % samples]) {
                stretches++;
            }
        }
        return stretches;
    }

    private List<double[][]> triangles() {
        List<double[][]> triangles = new ArrayList<>();
        for (int[] face : faces) {
            for (int i = 1; i + 1 < face.length; i++) {
                triangles.add(new double[][] {corners.get(face[0]), corners.get(face[i]), corners.get(face[i + 1])});
            }
        }
        return triangles;
    }

    /** Möller–Trumbore: whether the ray from the origin point crosses the triangle. */
    private static boolean hits(double[] origin, double[] direction, double[][] triangle) {
        double[] e1 = minus(triangle[1], triangle[0]);
        double[] e2 = minus(triangle[2], triangle[0]);
        double[] p = cross(direction, e2);
        double det = dot(e1, p);
        if (Math.abs(det) < 1e-12) {
            return false;
        }
        double[] s = minus(origin, triangle[0]);
        double u = dot(s, p) / det;
        if (u < 0 || u > 1) {
            return false;
        }
        double[] q = cross(s, e1);
        double v = dot(direction, q) / det;
        if (v < 0 || u + v > 1) {
            return false;
        }
        return dot(e2, q) / det > 0;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
