package dev.slicewise.domain.assistant;

import dev.slicewise.domain.Require;

import java.time.Duration;

/**
 * Who produced a reply, and at what cost: the provider and model, the tokens the model counted, how long the
 * assistant took, and whether a provider failed before the reply was produced (the chain moved on, possibly down
 * to the embedded engine).
 *
 * @param provider         the provider's configured name, or {@value #EMBEDDED} for the embedded engine
 * @param model            the model name the provider was asked for, or {@value #EMBEDDED}
 * @param promptTokens     the prompt tokens of the model call that produced the reply (0 for the embedded engine)
 * @param completionTokens the completion tokens of that call (0 for the embedded engine)
 * @param latency          the time the assistant took for this turn, failed attempts included
 * @param fellBack         whether a provider failed before this reply was produced
 */
public record Provenance(String provider, String model, long promptTokens, long completionTokens, Duration latency,
                         boolean fellBack) {

    public static final String EMBEDDED = "embedded";

    public Provenance {
        Require.text(provider, "provider", 64);
        Require.text(model, "model", 200);
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
        Require.present(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
    }

    /** The embedded engine answered. */
    public static Provenance embedded(Duration latency, boolean fellBack) {
        return new Provenance(EMBEDDED, EMBEDDED, 0, 0, latency, fellBack);
    }
}
