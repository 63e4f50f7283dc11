package dev.slicewise.domain.plate.analysis;

/** How sure an estimate is, from 0 (a guess) to 1 (certain). */
public record Confidence(double value) {

    public static final Confidence NONE = new Confidence(0);

    public Confidence {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + value);
        }
    }

    /** A score clamped into [0, 1]. */
    public static Confidence of(double score) {
        return new Confidence(Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score)));
    }

    public boolean atLeast(double threshold) {
        return value >= threshold;
    }

    /** Rounded to two decimals: what is worth keeping of a heuristic estimate. */
    public Confidence rounded() {
        return new Confidence(Math.round(value * 100) / 100.0);
    }
}
