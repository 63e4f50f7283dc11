package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parametric part: its family, the unit its lengths are shown in and a value for every parameter of the family
 * (lengths in millimetres). Made only through {@link #design}, which fills defaults and checks every limit, so a
 * part always builds a printable solid.
 */
public record Part(PartFamily family, LengthUnit unit, Map<String, Double> values) {

    /** The asked value a gear takes instead of its module. */
    public static final String OUTSIDE_DIAMETER = "outside_diameter";

    public Part {
        Require.present(family, "family");
        Require.present(unit, "unit");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        for (ParameterSpec spec : family.parameters()) {
            if (!values.containsKey(spec.name())) {
                throw new IllegalArgumentException("missing parameter " + spec.name());
            }
        }
        if (values.size() != family.parameters().size()) {
            throw new IllegalArgumentException("unknown parameters in " + values.keySet());
        }
    }

    /** The family's defaults, in millimetres. */
    public static Part defaults(PartFamily family) {
        return ((PartDesign.Designed) design(family, LengthUnit.MM, Map.of())).part();
    }

    /**
     * The part with the asked values (parameter names, lengths in millimetres) over the family's defaults, or the
     * reasons it cannot be printed. A gear asked by its outside diameter gets the module that gives it.
     */
    public static PartDesign design(PartFamily family, LengthUnit unit, Map<String, Double> asked) {
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (ParameterSpec spec : family.parameters()) {
            values.put(spec.name(), asked.getOrDefault(spec.name(), spec.defaultValue()));
        }
        for (String name : asked.keySet()) {
            if (family.parameter(name).isEmpty() && !(family == PartFamily.SPUR_GEAR && name.equals(OUTSIDE_DIAMETER))) {
                reasons.add("a " + family.title() + " has no parameter " + name);
            }
        }
        if (family == PartFamily.SPUR_GEAR && asked.containsKey(OUTSIDE_DIAMETER)) {
            double outside = asked.get(OUTSIDE_DIAMETER);
            values.put("gear_module", outside / (values.get("teeth") + 2 * values.get("addendum")));
        }
        for (ParameterSpec spec : family.parameters()) {
            String problem = spec.problem(values.get(spec.name()), unit);
            if (problem != null) {
                reasons.add(problem);
            }
        }
        if (reasons.isEmpty()) {
            Part part = new Part(family, unit, values);
            reasons.addAll(Shapes.problems(part));
            if (reasons.isEmpty()) {
                return new PartDesign.Designed(part);
            }
        }
        return new PartDesign.Refused(family, reasons);
    }

    public double value(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("a " + family.title() + " has no parameter " + name);
        }
        return value;
    }

    /** The same part with one value changed (millimetres for lengths), checked again. */
    public PartDesign with(String name, double value) {
        Map<String, Double> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return design(family, unit, changed);
    }

    /** The solid this part is, with its named features and what it must measure. */
    public PartGeometry geometry() {
        return Shapes.of(this);
    }
}
