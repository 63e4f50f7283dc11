package dev.slicewise.domain.apikey;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A fixed one-minute window of a rate limit: the minute an instant falls in. */
public record RateWindow(Instant start) {

    public static final Duration LENGTH = Duration.ofMinutes(1);

    public static RateWindow at(Instant now) {
        return new RateWindow(now.truncatedTo(ChronoUnit.MINUTES));
    }

    /** Whole seconds from {@code now} until the next window, at least 1. */
    public long secondsLeft(Instant now) {
        long millis = Duration.between(now, start.plus(LENGTH)).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** The admission of a request that made {@code used} requests in this window (this one included). */
    public RateAdmission admission(boolean admitted, int limit, int used, Instant now) {
        return new RateAdmission(admitted, limit, Math.max(0, limit - used), secondsLeft(now));
    }
}
