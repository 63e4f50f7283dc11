package dev.slicewise.domain.slicing;

import dev.slicewise.domain.Require;

import java.util.List;

/**
 * A value of an OrcaSlicer configuration key in the client's string form: a scalar ({@code "0.2"}, {@code "15%"},
 * {@code "normal(auto)"}) or, for filament keys, one string per extruder ({@code ["205"]}).
 */
public sealed interface ConfigValue {

    /** The first (for a single-extruder print, the only) value. */
    String first();

    record Scalar(String value) implements ConfigValue {
        public Scalar {
            Require.present(value, "value");
        }

        @Override
        public String first() {
            return value;
        }
    }

    record PerExtruder(List<String> values) implements ConfigValue {
        public PerExtruder {
            Require.present(values, "values");
            values = List.copyOf(values);
        }

        @Override
        public String first() {
            return values.isEmpty() ? "" : values.getFirst();
        }
    }
}
