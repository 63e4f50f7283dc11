package dev.slicewise.adapter.credits;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how to call the Elegoo credits API. The secret is sent in the header named {@code authHeader} and is
 * never part of {@link #toString()}, so it cannot end up in a log line.
 */
record ElegooCreditsSettings(URI baseUrl, String path, Duration timeout, String authHeader, String secret) {

    ElegooCreditsSettings {
        if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("SLICEWISE_CREDITS_BASE_URL must be an absolute http(s) URL");
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("SLICEWISE_CREDITS_PATH must start with '/'");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SLICEWISE_CREDITS_TIMEOUT_MS must be > 0");
        }
        if (authHeader == null || authHeader.isBlank()) {
            throw new IllegalArgumentException("SLICEWISE_CREDITS_AUTH_HEADER must name a header");
        }
        if (secret == null) {
            throw new IllegalArgumentException("SLICEWISE_CREDITS_SECRET must be set (it may be empty)");
        }
    }

    /** Reads the settings as configured; a blank base URL is reported with its environment variable's name. */
    static ElegooCreditsSettings of(String baseUrl, String path, long timeoutMillis, String authHeader, String secret) {
        if (baseUrl.isBlank()) {
            throw new IllegalArgumentException("SLICEWISE_CREDITS_BASE_URL is required when SLICEWISE_CREDITS_MODE=elegoo");
        }
        return new ElegooCreditsSettings(URI.create(baseUrl.replaceAll("/+$", "")), path,
                Duration.ofMillis(timeoutMillis), authHeader, secret);
    }

    boolean sendsSecret() {
        return !secret.isEmpty();
    }

    @Override
    public String toString() {
        return "ElegooCreditsSettings[baseUrl=" + baseUrl + ", path=" + path + ", timeout=" + timeout
                + ", authHeader=" + authHeader + ", secret=" + (sendsSecret() ? "***" : "(none)") + "]";
    }
}
