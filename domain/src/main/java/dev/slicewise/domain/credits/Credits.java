package dev.slicewise.domain.credits;

/** An amount of credits; never negative. */
public record Credits(long amount) {

    public static final Credits NONE = new Credits(0);

    public Credits {
        if (amount < 0) {
            throw new IllegalArgumentException("credits must not be negative");
        }
    }

    public boolean isZero() {
        return amount == 0;
    }
}
