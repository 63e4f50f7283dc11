package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

/**
 * One named parameter of a part family: its kind, the default that prints well, the limits a printer and a nozzle
 * allow (lengths in millimetres), and whether zero means "leave this feature out" (an optional hole).
 */
public record ParameterSpec(String name, ParameterKind kind, double defaultValue, double min, double max,
                            boolean optional, String description) {

    /** The smallest wall a 0.4 mm nozzle prints reliably: two line widths. */
    public static final double MIN_WALL = 0.8;
    /** The smallest feature a printer resolves. */
    public static final double MIN_LENGTH = 0.5;
    /** The largest size a printer reaches. */
    public static final double MAX_LENGTH = 500;

    public ParameterSpec {
        Require.text(name, "name", 40);
        Require.present(kind, "kind");
        Require.text(description, "description", 200);
        if (!(min <= max) || defaultValue < (optional ? 0 : min) || defaultValue > max) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + min + ".." + max);
        }
    }

    static ParameterSpec length(String name, double defaultValue, String description) {
        return new ParameterSpec(name, ParameterKind.LENGTH, defaultValue, MIN_LENGTH, MAX_LENGTH, false, description);
    }

    static ParameterSpec wall(String name, double defaultValue, String description) {
        return new ParameterSpec(name, ParameterKind.LENGTH, defaultValue, MIN_WALL, 100, false, description);
    }

    static ParameterSpec hole(String name, double defaultValue, String description) {
        return new ParameterSpec(name, ParameterKind.LENGTH, defaultValue, MIN_LENGTH, MAX_LENGTH, true, description);
    }

    static ParameterSpec count(String name, int defaultValue, int min, int max, String description) {
        return new ParameterSpec(name, ParameterKind.COUNT, defaultValue, min, max, false, description);
    }

    static ParameterSpec angle(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, ParameterKind.ANGLE, defaultValue, min, max, false, description);
    }

    static ParameterSpec ratio(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, ParameterKind.RATIO, defaultValue, min, max, false, description);
    }

    /** Why the value cannot be used, in words with the part's unit, or null when it is within the limits. */
    String problem(double value, LengthUnit unit) {
        if (optional && value == 0) {
            return null;
        }
        if (kind == ParameterKind.COUNT && value != Math.rint(value)) {
            return name + " must be a whole number, not " + Numbers.text(value);
        }
        if (value < min || value > max) {
            String shown = shown(value, unit);
            String reason = name.contains("wall") || min == MIN_WALL
                    ? " (walls need at least two nozzle widths)"
                    : "";
            return name + " " + shown + " is outside " + shown(min, unit) + " to " + shown(max, unit) + reason;
        }
        return null;
    }

    /** The value with its unit, for messages. */
    String shown(double value, LengthUnit unit) {
        return switch (kind) {
            case LENGTH -> Numbers.text(unit.fromMillimetres(value)) + " " + unit.suffix();
            case ANGLE -> Numbers.text(value) + "°";
            case COUNT, RATIO -> Numbers.text(value);
        };
    }
}
