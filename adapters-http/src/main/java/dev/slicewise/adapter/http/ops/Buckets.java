package dev.slicewise.adapter.http.ops;

import java.time.Duration;

/**
 * The latency histograms' buckets: fixed, few, and the same on every node, so that Prometheus can add them up across
 * nodes and compute quantiles ({@code histogram_quantile}) from them.
 */
final class Buckets {

    /** HTTP requests: from a health check's milliseconds to a slow model's half minute. */
    static final Duration[] HTTP = seconds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30);

    /** Model calls: from a local model's fraction of a second to a provider's timeout. */
    static final Duration[] PROVIDER = seconds(0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60);

    private Buckets() {
    }

    private static Duration[] seconds(double... bounds) {
        Duration[] durations = new Duration[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            durations[i] = Duration.ofNanos(Math.round(bounds[i] * 1_000_000_000));
        }
        return durations;
    }
}
