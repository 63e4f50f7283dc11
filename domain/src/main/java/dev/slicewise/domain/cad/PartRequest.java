package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a message asks for, as read from it: the family, the unit the user wrote in, and the values named (lengths in
 * millimetres; a gear may name its {@link Part#OUTSIDE_DIAMETER}). Not checked yet: {@link #design()} checks it.
 */
public record PartRequest(PartFamily family, LengthUnit unit, Map<String, Double> values) {

    public PartRequest {
        Require.present(family, "family");
        Require.present(unit, "unit");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The part over the family's defaults, or the reasons it cannot be printed. */
    public PartDesign design() {
        return Part.design(family, unit, values);
    }
}
