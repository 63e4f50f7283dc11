package dev.slicewise.adapter.llm.plate;

import dev.slicewise.domain.plate.BoundingBox;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders test plates as a slicer shows them: models in a filament colour, shaded by a light from above and a
 * headlight, on a grey bed with grid lines every 10 mm, over a dark background; seen from the reference client's four
 * camera positions (three from above at 35 degrees and different azimuths, one from below through the bed, where only
 * the grid lines are drawn). Orthographic ray casting, 512x512.
 */
public final class PlateRenders {

    public static final int SIZE = 512;

    private static final double[][] CAMERAS = {{30, 35}, {150, 35}, {270, 35}, {30, -50}};
    private static final double BED_HALF = 128;
    private static final double GRID = 10;
    private static final double LINE_HALF_WIDTH = 0.3;
    private static final int BACKGROUND = rgb(58, 60, 66);
    private static final int BED = rgb(150, 150, 153);
    private static final int GRID_LINE = rgb(112, 112, 118);
    private static final double[] LIGHT = normalise(new double[] {-0.3, -0.4, 0.87});
    private static final Map<Shape, List<String>> JPEG_VIEWS = new ConcurrentHashMap<>();

    /** The test plates: each a few primitives standing on the bed, centred on the origin, in millimetres. */
    public enum Shape {
        CUBE(box(-15, -15, 0, 15, 15, 30)),
        TALL_THIN_PILLAR(cylinder(0, 0, 6, 0, 70)),
        MUSHROOM(cylinder(0, 0, 5, 0, 24), dome(0, 0, 24, 22)),
        FLAT_WIDE_PLATE(box(-50, -40, 0, 50, 40, 3)),
        T_SHAPE(box(-5, -5, 0, 5, 5, 30), box(-30, -5, 30, 30, 5, 38)),
        BRIDGE(box(-30, -5, 0, -20, 5, 25), box(20, -5, 0, 30, 5, 25), box(-30, -5, 25, 30, 5, 32)),
        SPHERE_ON_STAND(cylinder(0, 0, 5, 0, 10), sphere(0, 0, 26, 18)),
        SMALL_ISLANDS(islands());

        private final Primitive[] parts;

        Shape(Primitive... parts) {
            this.parts = parts;
        }

        /** The box around all parts, as the client sends it with the plate. */
        public BoundingBox boundingBox() {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE,
                    -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (Primitive part : parts) {
                double[] b = part.bounds();
                for (int i = 0; i < 3; i++) {
                    box[i] = Math.min(box[i], b[i]);
                    box[i + 3] = Math.max(box[i + 3], b[i + 3]);
                }
            }
            return new BoundingBox(box[0], box[1], box[2], box[3], box[4], box[5]);
        }

        /** The four views, as the reference client renders them. */
        public List<BufferedImage> views() {
            BoundingBox box = boundingBox();
            double[] centre = {(box.minX() + box.maxX()) / 2, (box.minY() + box.maxY()) / 2,
                    (box.minZ() + box.maxZ()) / 2};
            double diagonal = Math.sqrt(Math.pow(box.maxX() - box.minX(), 2) + Math.pow(box.maxY() - box.minY(), 2)
                    + Math.pow(box.maxZ() - box.minZ(), 2));
            List<BufferedImage> views = new ArrayList<>();
            for (double[] camera : CAMERAS) {
                views.add(render(parts, centre, diagonal * 1.5, camera[0], camera[1]));
            }
            return views;
        }

        /** The four views as JPEG data URIs, as the client sends them (rendered once, then reused). */
        public List<String> jpegDataUris() {
            return JPEG_VIEWS.computeIfAbsent(this,
                    shape -> shape.views().stream().map(view -> dataUri(view, "jpeg")).toList());
        }
    }

    private PlateRenders() {
    }

    /** An image as {@code data:image/<format>;base64,...}: JPEG at quality 0.85 (the client's default), or PNG. */
    public static String dataUri(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (format.equals("jpeg")) {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                    writer.setOutput(out);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            } else {
                ImageIO.write(image, format, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static BufferedImage render(Primitive[] parts, double[] centre, double span, double azimuthDegrees,
                                        double elevationDegrees) {
        double azimuth = Math.toRadians(azimuthDegrees);
        double elevation = Math.toRadians(elevationDegrees);
        double[] towardsCamera = {Math.cos(elevation) * Math.cos(azimuth), Math.cos(elevation) * Math.sin(azimuth),
                Math.sin(elevation)};
        double[] direction = scale(towardsCamera, -1);
        double[] right = normalise(cross(direction, new double[] {0, 0, 1}));
        double[] up = cross(right, direction);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        for (int py = 0; py < SIZE; py++) {
            for (int px = 0; px < SIZE; px++) {
                double u = (px + 0.5) / SIZE - 0.5;
                double v = 0.5 - (py + 0.5) / SIZE;
                double[] origin = add(add(add(centre, scale(right, u * span)), scale(up, v * span)),
                        scale(towardsCamera, 1000));
                image.setRGB(px, py, shade(parts, origin, direction, towardsCamera, elevation > 0));
            }
        }
        return image;
    }

    private static int shade(Primitive[] parts, double[] origin, double[] direction, double[] towardsCamera,
                             boolean fromAbove) {
        Hit nearest = null;
        for (Primitive part : parts) {
            Hit hit = part.intersect(origin, direction);
            if (hit != null && (nearest == null || hit.t < nearest.t)) {
                nearest = hit;
            }
        }
        double tBed = -origin[2] / direction[2];
        double[] onBed = add(origin, scale(direction, tBed));
        boolean bedInFront = tBed > 0 && (nearest == null || tBed < nearest.t)
                && Math.abs(onBed[0]) <= BED_HALF && Math.abs(onBed[1]) <= BED_HALF;
        if (bedInFront) {
            boolean line = nearLine(onBed[0]) || nearLine(onBed[1]);
            if (line) {
                return GRID_LINE;
            }
            if (fromAbove) {
                return BED;
            }
        }
        if (nearest == null) {
            return BACKGROUND;
        }
        double light = 0.3 + 0.5 * Math.max(0, dot(nearest.normal, LIGHT))
                + 0.3 * Math.max(0, dot(nearest.normal, towardsCamera));
        return rgb(tone(235, light), tone(125, light), tone(35, light));
    }

    private static boolean nearLine(double coordinate) {
        double offset = Math.abs(coordinate - Math.round(coordinate / GRID) * GRID);
        return offset <= LINE_HALF_WIDTH;
    }

    private static int tone(int channel, double light) {
        return (int) Math.min(255, Math.round(channel * light));
    }

    private record Hit(double t, double[] normal) {
    }

    private interface Primitive {
        Hit intersect(double[] origin, double[] direction);

        double[] bounds();
    }

    private static Primitive box(double x0, double y0, double z0, double x1, double y1, double z1) {
        double[] min = {x0, y0, z0};
        double[] max = {x1, y1, z1};
        return new Primitive() {
            @Override
            public Hit intersect(double[] o, double[] d) {
                double near = -Double.MAX_VALUE;
                double far = Double.MAX_VALUE;
                int axis = -1;
                for (int i = 0; i < 3; i++) {
                    if (Math.abs(d[i]) < 1e-12) {
                        if (o[i] < min[i] || o[i] > max[i]) {
                            return null;
                        }
                        continue;
                    }
                    double t0 = (min[i] - o[i]) / d[i];
                    double t1 = (max[i] - o[i]) / d[i];
                    if (t0 > t1) {
                        double swap = t0;
                        t0 = t1;
                        t1 = swap;
                    }
                    if (t0 > near) {
                        near = t0;
                        axis = i;
                    }
                    far = Math.min(far, t1);
                }
                if (near > far || near < 0 || axis < 0) {
                    return null;
                }
                double[] normal = new double[3];
                normal[axis] = d[axis] > 0 ? -1 : 1;
                return new Hit(near, normal);
            }

            @Override
            public double[] bounds() {
                return new double[] {x0, y0, z0, x1, y1, z1};
            }
        };
    }

    private static Primitive cylinder(double cx, double cy, double r, double z0, double z1) {
        return new Primitive() {
            @Override
            public Hit intersect(double[] o, double[] d) {
                Hit best = null;
                double a = d[0] * d[0] + d[1] * d[1];
                double ox = o[0] - cx;
                double oy = o[1] - cy;
                double b = 2 * (ox * d[0] + oy * d[1]);
                double c = ox * ox + oy * oy - r * r;
                double disc = b * b - 4 * a * c;
                if (a > 1e-12 && disc >= 0) {
                    double t = (-b - Math.sqrt(disc)) / (2 * a);
                    double z = o[2] + t * d[2];
                    if (t > 0 && z >= z0 && z <= z1) {
                        best = new Hit(t, normalise(new double[] {ox + t * d[0], oy + t * d[1], 0}));
                    }
                }
                for (double zCap : new double[] {z0, z1}) {
                    double t = (zCap - o[2]) / d[2];
                    double x = o[0] + t * d[0] - cx;
                    double y = o[1] + t * d[1] - cy;
                    if (t > 0 && x * x + y * y <= r * r && (best == null || t < best.t)) {
                        best = new Hit(t, new double[] {0, 0, zCap == z1 ? 1 : -1});
                    }
                }
                return best;
            }

            @Override
            public double[] bounds() {
                return new double[] {cx - r, cy - r, z0, cx + r, cy + r, z1};
            }
        };
    }

    private static Primitive sphere(double cx, double cy, double cz, double r) {
        return new Primitive() {
            @Override
            public Hit intersect(double[] o, double[] d) {
                double[] oc = {o[0] - cx, o[1] - cy, o[2] - cz};
                double b = dot(oc, d);
                double c = dot(oc, oc) - r * r;
                double disc = b * b - c;
                if (disc < 0) {
                    return null;
                }
                double t = -b - Math.sqrt(disc);
                if (t <= 0) {
                    return null;
                }
                return new Hit(t, normalise(add(oc, scale(d, t))));
            }

            @Override
            public double[] bounds() {
                return new double[] {cx - r, cy - r, cz - r, cx + r, cy + r, cz + r};
            }
        };
    }

    /** The upper half of a sphere with a flat underside: a mushroom's cap. */
    private static Primitive dome(double cx, double cy, double baseZ, double r) {
        Primitive ball = sphere(cx, cy, baseZ, r);
        return new Primitive() {
            @Override
            public Hit intersect(double[] o, double[] d) {
                Hit best = null;
                double[] oc = {o[0] - cx, o[1] - cy, o[2] - baseZ};
                double b = dot(oc, d);
                double disc = b * b - (dot(oc, oc) - r * r);
                if (disc >= 0) {
                    for (double t : new double[] {-b - Math.sqrt(disc), -b + Math.sqrt(disc)}) {
                        if (t > 0 && o[2] + t * d[2] >= baseZ) {
                            best = new Hit(t, normalise(add(oc, scale(d, t))));
                            break;
                        }
                    }
                }
                double t = (baseZ - o[2]) / d[2];
                double x = o[0] + t * d[0] - cx;
                double y = o[1] + t * d[1] - cy;
                if (t > 0 && x * x + y * y <= r * r && (best == null || t < best.t)) {
                    best = new Hit(t, new double[] {0, 0, -1});
                }
                return best;
            }

            @Override
            public double[] bounds() {
                double[] b = ball.bounds();
                b[2] = baseZ;
                return b;
            }
        };
    }

    /** Eight small cubes spread over the bed. */
    private static Primitive[] islands() {
        List<Primitive> cubes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double x = (i % 4) * 22 - 33;
            double y = (i / 4) * 30 - 15;
            cubes.add(box(x - 4, y - 4, 0, x + 4, y + 4, 8));
        }
        return cubes.toArray(Primitive[]::new);
    }

    private static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    private static double[] scale(double[] a, double s) {
        return new double[] {a[0] * s, a[1] * s, a[2] * s};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] normalise(double[] a) {
        double length = Math.sqrt(dot(a, a));
        return scale(a, 1 / length);
    }
}
