package dev.slicewise.domain.cad;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters at the top of the emitted code, the same for both languages: each with its value in the part's
 * unit and a comment, then, when the unit is not millimetres, the conversion to the millimetre variables the
 * geometry uses. An optional feature left out (a hole of 0) is not declared.
 */
final class ParameterBlock {

    private final List<String[]> declarations = new ArrayList<>();
    private final List<String[]> conversions = new ArrayList<>();
    private final Part part;

    ParameterBlock(Part part) {
        this.part = part;
        LengthUnit unit = part.unit();
        for (ParameterSpec spec : part.family().parameters()) {
            double value = part.value(spec.name());
            if (spec.optional() && value == 0) {
                continue;
            }
            if (spec.kind() == ParameterKind.LENGTH && unit != LengthUnit.MM) {
                String shown = spec.name() + "_" + unit.suffix();
                declarations.add(new String[] {shown, Numbers.text(unit.fromMillimetres(value)),
                        spec.description() + ", " + unit.suffix()});
                conversions.add(new String[] {spec.name(), shown + " * " + unitName(), null});
            } else {
                String suffix = switch (spec.kind()) {
                    case LENGTH -> ", mm";
                    case ANGLE -> ", degrees";
                    case COUNT, RATIO -> "";
                };
                declarations.add(new String[] {spec.name(), Numbers.text(value), spec.description() + suffix});
            }
        }
    }

    /** The lines, written with the language's declaration ("var x = 1;" or "x = 1;") and comment marker. */
    List<String> lines(String declare) {
        List<String> lines = new ArrayList<>();
        LengthUnit unit = part.unit();
        lines.add("// Parameters" + (unit == LengthUnit.MM ? " (lengths in millimetres)" : " (lengths in " + unit.words() + ")"));
        lines.addAll(aligned(declarations, declare));
        if (!conversions.isEmpty()) {
            lines.add("");
            lines.add("// The same lengths in millimetres, which the geometry below uses");
            lines.add(declare + unitName() + " = " + Numbers.text(unit.millimetres()) + ";");
            lines.addAll(aligned(conversions, declare));
        }
        return lines;
    }

    private String unitName() {
        return part.unit().name();
    }

    private static List<String> aligned(List<String[]> rows, String declare) {
        int width = 0;
        for (String[] row : rows) {
            width = Math.max(width, (declare + row[0] + " = " + row[1] + ";").length());
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            String statement = declare + row[0] + " = " + row[1] + ";";
            lines.add(row[2] == null ? statement : statement + " ".repeat(width - statement.length() + 1) + "// " + row[2]);
        }
        return lines;
    }
}
