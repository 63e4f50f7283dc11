package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

import java.util.List;

/**
 * The constructive solid geometry both emitters write: a few primitives that JSCAD's CSG.js and OpenSCAD build the
 * same way, combined by union and difference, and calls of a part's named features. All lengths are millimetres.
 */
public sealed interface Solid {

    /** An axis-aligned box from its lowest corner. */
    record Box(Num x, Num y, Num z, Num sizeX, Num sizeY, Num sizeZ) implements Solid {
        public Box {
            Require.present(x, "x");
            Require.present(y, "y");
            Require.present(z, "z");
            Require.present(sizeX, "sizeX");
            Require.present(sizeY, "sizeY");
            Require.present(sizeZ, "sizeZ");
        }
    }

    /**
     * A round cylinder along an axis: {@code first} and {@code second} place its centre line on the other two axes
     * in order (x and y for Z, y and z for X, x and z for Y); it runs from {@code start} for {@code length}.
     */
    record Cylinder(Axis axis, Num first, Num second, Num start, Num length, Num radius) implements Solid {
        public Cylinder {
            Require.present(axis, "axis");
            Require.present(first, "first");
            Require.present(second, "second");
            Require.present(start, "start");
            Require.present(length, "length");
            Require.present(radius, "radius");
        }
    }

    /** An outline in the XY plane, counter-clockwise, extruded up from {@code z} by {@code height}. */
    record Prism(List<Point2> outline, Num z, Num height) implements Solid {
        public Prism {
            outline = List.copyOf(outline);
            if (outline.size() < 3) {
                throw new IllegalArgumentException("an outline needs at least three corners");
            }
            Require.present(z, "z");
            Require.present(height, "height");
        }
    }

    /** An outline in the XZ plane (a = x, b = z), counter-clockwise, extruded along Y from {@code y} by {@code width}. */
    record Profile(List<Point2> outline, Num y, Num width) implements Solid {
        public Profile {
            outline = List.copyOf(outline);
            if (outline.size() < 3) {
                throw new IllegalArgumentException("an outline needs at least three corners");
            }
            Require.present(y, "y");
            Require.present(width, "width");
        }
    }

    /**
     * Vertical cylinders on a grid, a loop in the code: {@code columns} by {@code rows} holes from ({@code x},
     * {@code y}) with steps {@code stepX} and {@code stepY}. Only a whole feature is a grid.
     */
    record Grid(Num x, Num y, Num stepX, Num stepY, Num columns, Num rows, Num z, Num length, Num radius)
            implements Solid {
        public Grid {
            Require.present(x, "x");
            Require.present(y, "y");
            Require.present(stepX, "stepX");
            Require.present(stepY, "stepY");
            Require.present(columns, "columns");
            Require.present(rows, "rows");
            Require.present(z, "z");
            Require.present(length, "length");
            Require.present(radius, "radius");
        }
    }

    /**
     * Vertical cylinders evenly around the Z axis, a loop in the code: {@code count} of them at {@code distance} from
     * the axis, the first at half a step from the X axis. Only a whole feature is a ring.
     */
    record Ring(Num count, Num distance, Num z, Num length, Num radius) implements Solid {
        public Ring {
            Require.present(count, "count");
            Require.present(distance, "distance");
            Require.present(z, "z");
            Require.present(length, "length");
            Require.present(radius, "radius");
        }
    }

    /** All the parts together. */
    record Union(List<Solid> parts) implements Solid {
        public Union {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("a union needs at least two parts");
            }
        }
    }

    /** The base with the cuts taken away. */
    record Difference(Solid base, List<Solid> cuts) implements Solid {
        public Difference {
            Require.present(base, "base");
            cuts = List.copyOf(cuts);
            if (cuts.isEmpty()) {
                throw new IllegalArgumentException("a difference needs at least one cut");
            }
        }
    }

    /** A call of one of the part's features. */
    record Call(Feature feature) implements Solid {
        public Call {
            Require.present(feature, "feature");
        }
    }
}
