package dev.slicewise.domain.cad;

import dev.slicewise.domain.cad.Solid.Box;
import dev.slicewise.domain.cad.Solid.Call;
import dev.slicewise.domain.cad.Solid.Cylinder;
import dev.slicewise.domain.cad.Solid.Difference;
import dev.slicewise.domain.cad.Solid.Grid;
import dev.slicewise.domain.cad.Solid.Prism;
import dev.slicewise.domain.cad.Solid.Profile;
import dev.slicewise.domain.cad.Solid.Ring;
import dev.slicewise.domain.cad.Solid.Union;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a part as JSCAD code in the CSG.js style (the API of {@code @jscad/csg} 0.7.0: {@code CSG.cube},
 * {@code CSG.cylinder}, {@code CAG.fromPoints(...).extrude}, {@code union}, {@code subtract}): the parameters at the
 * top, one function per feature, and {@code main()} returning the solid.
 */
public final class JscadEmitter {

    /** Sides of a round cylinder: its flats stay within 0.12% of the radius. */
    static final int RESOLUTION = 64;
    private static final String INDENT = "  ";

    private JscadEmitter() {
    }

    public static String emit(Part part) {
        PartGeometry geometry = part.geometry();
        StringBuilder code = new StringBuilder();
        code.append("// ").append(title(part)).append(", made by Slicewise from a parametric model (JSCAD, CSG.js style).\n");
        code.append("// Sizes in the code are millimetres; main() returns the solid.\n\n");
        for (String line : new ParameterBlock(part).lines("var ")) {
            code.append(line).append('\n');
        }
        for (Feature feature : geometry.features()) {
            code.append("\n// ").append(capitalised(feature.comment())).append('\n');
            code.append("function ").append(feature.name()).append("() {\n");
            code.append(body(feature.solid()));
            code.append("}\n");
        }
        code.append("\nfunction main() {\n");
        code.append(INDENT).append("return ").append(expression(geometry.main(), 2)).append(";\n");
        code.append("}\n");
        return code.toString();
    }

    static String title(Part part) {
        return capitalised(part.family().title());
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String body(Solid solid) {
        return switch (solid) {
            case Grid grid -> INDENT + "var holes = [];\n"
                    + INDENT + "for (var i = 0; i < " + grid.columns().js() + "; i++) {\n"
                    + INDENT.repeat(2) + "for (var j = 0; j < " + grid.rows().js() + "; j++) {\n"
                    + INDENT.repeat(3) + "holes.push(" + cylinder(Axis.Z,
                            grid.x().plus(Num.variable("i", 0).times(grid.stepX())),
                            grid.y().plus(Num.variable("j", 0).times(grid.stepY())),
                            grid.z(), grid.length(), grid.radius()) + ");\n"
                    + INDENT.repeat(2) + "}\n"
                    + INDENT + "}\n"
                    + INDENT + "return holes.length > 1 ? holes[0].union(holes.slice(1)) : holes[0];\n";
            case Ring ring -> INDENT + "var cutters = [];\n"
                    + INDENT + "for (var i = 0; i < " + ring.count().js() + "; i++) {\n"
                    + INDENT.repeat(2) + "var angle = (i + 0.5) * 2 * Math.PI / " + ring.count().js() + ";\n"
                    + INDENT.repeat(2) + "cutters.push(" + cylinder(Axis.Z,
                            ring.distance().times(Num.variable("Math.cos(angle)", 0)),
                            ring.distance().times(Num.variable("Math.sin(angle)", 0)),
                            ring.z(), ring.length(), ring.radius()) + ");\n"
                    + INDENT + "}\n"
                    + INDENT + "return cutters[0].union(cutters.slice(1));\n";
            default -> INDENT + "return " + expression(solid, 2) + ";\n";
        };
    }

    private static String expression(Solid solid, int depth) {
        return switch (solid) {
            case Box box -> "CSG.cube({corner1: " + point(box.x(), box.y(), box.z()) + ", corner2: "
                    + point(box.x().plus(box.sizeX()), box.y().plus(box.sizeY()), box.z().plus(box.sizeZ())) + "})";
            case Cylinder c -> cylinder(c.axis(), c.first(), c.second(), c.start(), c.length(), c.radius());
            case Prism prism -> outline(prism.outline(), depth) + ".extrude({offset: [0, 0, " + prism.height().js() + "]})"
                    + (prism.z().literal() && prism.z().value() == 0 ? "" : ".translate([0, 0, " + prism.z().js() + "])");
            case Profile profile -> outline(profile.outline(), depth) + ".extrude({offset: [0, 0, " + profile.width().js()
                    + "]}).rotateX(90).translate([0, " + profile.y().plus(profile.width()).js() + ", 0])";
            case Union union -> expression(union.parts().getFirst(), depth) + chained("union", union.parts().subList(1,
                    union.parts().size()), depth);
            case Difference difference -> expression(difference.base(), depth) + chained("subtract", difference.cuts(), depth);
            case Call call -> call.feature().name() + "()";
            case Grid grid -> throw new IllegalStateException("a grid is a whole feature");
            case Ring ring -> throw new IllegalStateException("a ring is a whole feature");
        };
    }

    private static String chained(String method, List<Solid> solids, int depth) {
        String inner = INDENT.repeat(depth + 1);
        String items = solids.stream().map(solid -> inner + expression(solid, depth + 1)).collect(Collectors.joining(",\n"));
        return "\n" + INDENT.repeat(depth) + "." + method + "([\n" + items + "\n" + INDENT.repeat(depth) + "])";
    }

    private static String cylinder(Axis axis, Num first, Num second, Num start, Num length, Num radius) {
        Num end = start.plus(length);
        String from;
        String to;
        switch (axis) {
            case X -> {
                from = point(start, first, second);
                to = point(end, first, second);
            }
            case Y -> {
                from = point(first, start, second);
                to = point(first, end, second);
            }
            default -> {
                from = point(first, second, start);
                to = point(first, second, end);
            }
        }
        return "CSG.cylinder({start: " + from + ", end: " + to + ", radius: " + radius.js() + ", resolution: "
                + RESOLUTION + "})";
    }

    private static String outline(List<Point2> points, int depth) {
        StringBuilder text = new StringBuilder("CAG.fromPoints([");
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                text.append(',');
                text.append(i % 6 == 0 ? "\n" + INDENT.repeat(depth + 2) : " ");
            }
            text.append('[').append(points.get(i).a().js()).append(", ").append(points.get(i).b().js()).append(']');
        }
        return text.append("])").toString();
    }

    private static String point(Num x, Num y, Num z) {
        return "[" + x.js() + ", " + y.js() + ", " + z.js() + "]";
    }
}
