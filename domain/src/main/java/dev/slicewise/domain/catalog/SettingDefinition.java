package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;

import java.util.List;
import java.util.Optional;

/**
 * One OrcaSlicer setting as Slicewise knows it: where it lives, the type and unit of a value, its hard limits
 * (numbers) or values (enums), whether a recommendation may change it, and its English label.
 *
 * @param key         OrcaSlicer's key, e.g. {@code nozzle_temperature}
 * @param overridable whether a recommendation may change it
 * @param nullable    whether a preset may hold {@code "nil"} for it (the filament overrides of printer settings)
 * @param unit        OrcaSlicer's unit, e.g. {@code "°C"}, {@code "mm or %"}; empty when it has none
 * @param limits      the hard limits of a number; present exactly for the numeric types
 * @param choices     the values of an enum, as OrcaSlicer spells them; empty for the other types
 */
public record SettingDefinition(
        String key,
        Scope scope,
        ValueType type,
        boolean overridable,
        boolean nullable,
        String unit,
        Optional<NumericRange> limits,
        List<String> choices,
        String label) {

    /** No value of a number, switch or enum, and no value a recommendation may carry, is longer than this. */
    public static final int MAX_VALUE_LENGTH = 256;
    /** Text settings (notes, G-code) read from presets may be this long. */
    public static final int MAX_TEXT_LENGTH = 65_536;

    public SettingDefinition {
        Require.text(key, "key", 100);
        Require.present(scope, "scope");
        Require.present(type, "type");
        Require.present(unit, "unit");
        Require.present(limits, "limits");
        choices = List.copyOf(Require.present(choices, "choices"));
        Require.text(label, "label", 200);
        if (type.numeric() != limits.isPresent()) {
            throw new IllegalArgumentException(key + ": limits are given exactly for numeric settings");
        }
        if ((type == ValueType.ENUM) == choices.isEmpty()) {
            throw new IllegalArgumentException(key + ": choices are given exactly for enum settings");
        }
        if (scope == Scope.PRINTER && overridable) {
            throw new IllegalArgumentException(key + ": printer settings are read only");
        }
    }

    /**
     * Reads a value: OrcaSlicer's own form ({@code "0.2"}, {@code "15%"}, {@code "1"}, {@code "normal(auto)"}) and
     * the loose forms a model writes ({@code "40 %"}, {@code "true"}, {@code "0.16mm"}, {@code "215 °C"},
     * {@code "0,2"}, {@code "Outer only"}). Text is taken as it is. Never throws on any input.
     */
    public ParsedValue parse(String raw) {
        return ValueParser.parse(this, Require.present(raw, "raw"));
    }

    /** A value with its unit, for people: {@code "260 °C"}, {@code "40%"}, {@code "0.2 mm"}, {@code "outer_only"}. */
    public String quantity(SettingValue value) {
        if (!(value instanceof SettingValue.Amount amount) || amount.percent() || unit.isEmpty()) {
            return value.wire();
        }
        String main = unit.replace(" or %", "");
        return main.equals("%") ? value.wire() + "%" : value.wire() + " " + main;
    }
}
