package dev.slicewise.domain.apikey;

/**
 * The answer of a key's per-minute counter to one request: whether it may run, the limit, the requests left in the
 * current window after this one, and the seconds until the window starts again (at least 1).
 */
public record RateAdmission(boolean admitted, int limit, int remaining, long resetSeconds) {

    public RateAdmission {
        if (limit < 1 || remaining < 0 || remaining > limit || resetSeconds < 1) {
            throw new IllegalArgumentException("limit " + limit + ", remaining " + remaining + ", reset " + resetSeconds);
        }
    }
}
