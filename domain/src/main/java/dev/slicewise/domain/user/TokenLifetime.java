package dev.slicewise.domain.user;

import java.time.Duration;
import java.time.Instant;

/** How long a registered access token lives: {@code expire_in} seconds, strictly positive and at most ten years. */
public record TokenLifetime(long seconds) {

    public static final long MAX_SECONDS = Duration.ofDays(3650).toSeconds();

    public TokenLifetime {
        if (seconds <= 0) {
            throw new IllegalArgumentException("expire_in must be > 0 seconds");
        }
        if (seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("expire_in must be at most " + MAX_SECONDS + " seconds");
        }
    }

    public Instant expiryFrom(Instant now) {
        return now.plusSeconds(seconds);
    }
}
