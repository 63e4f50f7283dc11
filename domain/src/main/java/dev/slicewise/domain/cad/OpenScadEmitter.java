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
import java.util.stream.Stream;

/**
 * Writes a part as OpenSCAD code: the parameters at the top, one module per feature, and the statement that builds
 * the part at the end. Uses nothing but the language's primitives (no {@code include}, {@code use} or
 * {@code import}).
 */
public final class OpenScadEmitter {

    private static final String INDENT = "    ";

    private OpenScadEmitter() {
    }

    public static String emit(Part part) {
        PartGeometry geometry = part.geometry();
        StringBuilder code = new StringBuilder();
        code.append("// ").append(JscadEmitter.title(part)).append(", made by Slicewise from a parametric model (OpenSCAD).\n");
        code.append("// Sizes in the code are millimetres.\n\n");
        for (String line : new ParameterBlock(part).lines("")) {
            code.append(line).append('\n');
        }
        for (Feature feature : geometry.features()) {
            code.append("\n// ").append(JscadEmitter.capitalised(feature.comment())).append('\n');
            code.append("module ").append(feature.name()).append("() {\n");
            code.append(statement(feature.solid(), 1));
            code.append("}\n");
        }
        code.append("\n// The part\n");
        code.append(statement(geometry.main(), 0));
        return code.toString();
    }

    private static String statement(Solid solid, int depth) {
        String indent = INDENT.repeat(depth);
        return switch (solid) {
            case Box box -> indent + translate(box.x(), box.y(), box.z())
                    + "cube([" + box.sizeX().scad() + ", " + box.sizeY().scad() + ", " + box.sizeZ().scad() + "]);\n";
            case Cylinder c -> indent + cylinder(c);
            case Prism prism -> indent + translate(Num.of(0), Num.of(0), prism.z())
                    + "linear_extrude(height = " + prism.height().scad() + ") " + polygon(prism.outline(), depth) + ";\n";
            case Profile profile -> indent + "translate([0, " + profile.y().plus(profile.width()).scad()
                    + ", 0]) rotate([90, 0, 0]) linear_extrude(height = " + profile.width().scad() + ") "
                    + polygon(profile.outline(), depth) + ";\n";
            case Grid grid -> indent + "for (i = [0 : " + grid.columns().minus(1).scad() + "], j = [0 : "
                    + grid.rows().minus(1).scad() + "])\n"
                    + indent + INDENT + translate(grid.x().plus(Num.variable("i", 0).times(grid.stepX())),
                            grid.y().plus(Num.variable("j", 0).times(grid.stepY())), grid.z())
                    + cylinder(grid.length(), grid.radius());
            case Ring ring -> indent + "for (i = [0 : " + ring.count().minus(1).scad() + "])\n"
                    + indent + INDENT + "rotate([0, 0, (i + 0.5) * 360 / " + ring.count().scad() + "]) "
                    + translate(ring.distance(), Num.of(0), ring.z()) + cylinder(ring.length(), ring.radius());
            case Union union -> block("union", union.parts(), depth);
            case Difference difference -> block("difference",
                    Stream.concat(Stream.of(difference.base()), difference.cuts().stream())
                            .toList(), depth);
            case Call call -> indent + call.feature().name() + "();\n";
        };
    }

    private static String block(String operation, List<Solid> children, int depth) {
        StringBuilder text = new StringBuilder(INDENT.repeat(depth)).append(operation).append("() {\n");
        for (Solid child : children) {
            text.append(statement(child, depth + 1));
        }
        return text.append(INDENT.repeat(depth)).append("}\n").toString();
    }

    private static String cylinder(Cylinder c) {
        Num start = c.start();
        return switch (c.axis()) {
            case X -> translate(start, c.first(), c.second()) + "rotate([0, 90, 0]) " + cylinder(c.length(), c.radius());
            case Y -> translate(c.first(), start, c.second()) + "rotate([-90, 0, 0]) " + cylinder(c.length(), c.radius());
            case Z -> translate(c.first(), c.second(), start) + cylinder(c.length(), c.radius());
        };
    }

    private static String cylinder(Num height, Num radius) {
        return "cylinder(h = " + height.scad() + ", r = " + radius.scad() + ", $fn = " + JscadEmitter.RESOLUTION + ");\n";
    }

    private static String translate(Num x, Num y, Num z) {
        if (x.literal() && y.literal() && z.literal() && x.value() == 0 && y.value() == 0 && z.value() == 0) {
            return "";
        }
        return "translate([" + x.scad() + ", " + y.scad() + ", " + z.scad() + "]) ";
    }

    private static String polygon(List<Point2> points, int depth) {
        StringBuilder text = new StringBuilder("polygon([");
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                text.append(',');
                text.append(i % 6 == 0 ? "\n" + INDENT.repeat(depth + 2) : " ");
            }
            text.append('[').append(points.get(i).a().scad()).append(", ").append(points.get(i).b().scad()).append(']');
        }
        return text.append("])").toString();
    }
}
