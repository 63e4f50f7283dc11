package dev.slicewise.adapter.llm.cad;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Binary STL: an 80-byte header, the triangle count, then per triangle its normal, three corners and two bytes. */
final class Stl {

    /** The size of a binary STL without triangles. */
    static final int HEADER_AND_COUNT = 84;
    private static final int TRIANGLE = 50;

    private Stl() {
    }

    /**
     * The polygons (each its corners' coordinates, x y z after x y z) as binary STL, each polygon a fan of triangles
     * from its first corner (the polygons of a CSG solid are convex).
     */
    static byte[] of(List<double[]> polygons) {
        int triangles = polygons.stream().mapToInt(polygon -> Math.max(0, polygon.length / 3 - 2)).sum();
        ByteBuffer bytes = ByteBuffer.allocate(HEADER_AND_COUNT + triangles * TRIANGLE).order(ByteOrder.LITTLE_ENDIAN);
        byte[] header = new byte[80];
        byte[] name = "slicewise part".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, header, 0, name.length);
        bytes.put(header).putInt(triangles);
        for (double[] polygon : polygons) {
            for (int corner = 1; corner + 1 < polygon.length / 3; corner++) {
                triangle(bytes, polygon, 0, corner, corner + 1);
            }
        }
        return bytes.array();
    }

    private static void triangle(ByteBuffer bytes, double[] p, int a, int b, int c) {
        double ux = p[b * 3] - p[a * 3];
        double uy = p[b * 3 + 1] - p[a * 3 + 1];
        double uz = p[b * 3 + 2] - p[a * 3 + 2];
        double vx = p[c * 3] - p[a * 3];
        double vy = p[c * 3 + 1] - p[a * 3 + 1];
        double vz = p[c * 3 + 2] - p[a * 3 + 2];
        double nx = uy * vz - uz * vy;
        double ny = uz * vx - ux * vz;
        double nz = ux * vy - uy * vx;
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        double scale = length == 0 ? 0 : 1 / length;
        bytes.putFloat((float) (nx * scale)).putFloat((float) (ny * scale)).putFloat((float) (nz * scale));
        for (int corner : new int[] {a, b, c}) {
            bytes.putFloat((float) p[corner * 3]).putFloat((float) p[corner * 3 + 1])
                    .putFloat((float) p[corner * 3 + 2]);
        }
        bytes.putShort((short) 0);
    }
}
