package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;

import java.math.BigDecimal;

/** A closed range of numbers, {@code min..max}; equal ranges are equal whatever the scale ({@code 0.10..0.3}). */
public record NumericRange(BigDecimal min, BigDecimal max) {

    public NumericRange {
        min = plain(Require.present(min, "min"));
        max = plain(Require.present(max, "max"));
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " must not be above max " + max);
        }
    }

    /** Reads {@code "190..230"}. */
    public static NumericRange parse(String text) {
        int separator = text.indexOf("..");
        if (separator < 0) {
            throw new IllegalArgumentException("a range reads min..max, not " + text);
        }
        return new NumericRange(new BigDecimal(text.substring(0, separator).strip()),
                new BigDecimal(text.substring(separator + 2).strip()));
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    public boolean contains(NumericRange other) {
        return contains(other.min) && contains(other.max);
    }

    public BigDecimal clamp(BigDecimal value) {
        return value.max(min).min(max);
    }

    private static BigDecimal plain(BigDecimal number) {
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    }
}
