package dev.slicewise.bench.blind;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a setting must move between the user's profiles and the recommendation. Numbers are compared as numbers
 * ({@code "15%"} is 15, {@code ".16"} is 0.16); a switch or a mode is off at {@code 0}, {@code false} or its "none"
 * value, on at any other value except an automatic one ({@code auto_brim}), which is neither.
 */
enum Direction {
    UP, DOWN, ON, OFF, SET;

    private static final Set<String> OFF_VALUES = Set.of("0", "false", "no ironing", "no_brim", "none", "disabled");
    private static final Set<String> AUTOMATIC_VALUES = Set.of("auto_brim");
    private static final double TOLERANCE = 1e-6;

    static Direction parse(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    Optional<Direction> opposite() {
        return switch (this) {
            case UP -> Optional.of(DOWN);
            case DOWN -> Optional.of(UP);
            case ON -> Optional.of(OFF);
            case OFF -> Optional.of(ON);
            case SET -> Optional.empty();
        };
    }

    /**
     * Whether the setting moved this way from {@code before} to {@code after}; {@code wanted} is the value of
     * {@link #SET}. An unknown value (a key the profiles do not hold) never counts as a move up or down.
     */
    boolean moved(Optional<String> before, Optional<String> after, Optional<String> wanted) {
        if (after.isEmpty()) {
            return false;
        }
        return switch (this) {
            case SET -> wanted.map(w -> same(after.get(), w)).orElse(false);
            case UP -> compare(before, after) > 0;
            case DOWN -> compare(before, after) < 0;
            case ON -> isOn(after.get()) && !before.map(Direction::isOn).orElse(false);
            case OFF -> isOff(after.get()) && !before.map(Direction::isOff).orElse(false);
        };
    }

    /** Equal as numbers when both are numbers, else as words, ignoring case. */
    static boolean same(String a, String b) {
        Optional<Double> x = number(a);
        Optional<Double> y = number(b);
        if (x.isPresent() && y.isPresent()) {
            return Math.abs(x.get() - y.get()) < TOLERANCE;
        }
        return a.trim().equalsIgnoreCase(b.trim());
    }

    private static int compare(Optional<String> before, Optional<String> after) {
        Optional<Double> from = before.flatMap(Direction::number);
        Optional<Double> to = after.flatMap(Direction::number);
        if (from.isEmpty() || to.isEmpty() || Math.abs(to.get() - from.get()) < TOLERANCE) {
            return 0;
        }
        return Double.compare(to.get(), from.get());
    }

    private static boolean isOff(String value) {
        return OFF_VALUES.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    private static boolean isOn(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return !v.isEmpty() && !OFF_VALUES.contains(v) && !AUTOMATIC_VALUES.contains(v);
    }

    static Optional<Double> number(String value) {
        String v = value.trim();
        if (v.endsWith("%")) {
            v = v.substring(0, v.length() - 1).trim();
        }
        try {
            return Optional.of(Double.parseDouble(v));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
