package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.turn.Api;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What the people who run the service count, told where it happens: turns, model calls, fallbacks, charges, refused
 * and replayed requests, plate analyses. Every argument is one of a few known values (an enum, a configured provider
 * or model name), never a user, a key or a text, so that whatever records them keeps a bounded set of series.
 */
public interface Metrics {

    /** A turn ended; {@code answeredBy} is who answered it, empty when nothing did (the slicing setup was missing). */
    void turn(Api api, Intent intent, Optional<Provenance> answeredBy, TurnResult result);

    /** One call to a model provider, answered or failed, and how long it took (to its first text when streamed). */
    void providerCall(String provider, String model, ProviderOutcome outcome, Duration latency);

    /** The providers gave no answer and the embedded engine answered instead. */
    void fallback(Fallback kind);

    /** Credits were charged for an answer. */
    void charged(Credits credits);

    /** A charge did not happen, so the answer was withheld. */
    void chargeRefused(ChargeRefusal reason);

    /** A request was refused for its key's rate limit. */
    void rateLimited();

    /** A retried request got its stored answer again, without running. */
    void idempotentReplay();

    /** A plate analysis ended; {@code engine} is who analysed it, empty when none did (refused, busy). */
    void plateAnalysis(Optional<Provenance> engine, PlateResult result);

    /**
     * Who answered a turn, in the native API's words: {@code intent_model} (the embedded engine), {@code llm} (a
     * provider), {@code fallback} (the embedded engine after the providers failed), {@code none}.
     */
    static String source(Optional<Provenance> answeredBy) {
        return answeredBy.map(provenance -> !Provenance.EMBEDDED.equals(provenance.provider()) ? "llm"
                : provenance.fellBack() ? "fallback" : "intent_model").orElse("none");
    }

    /** How a turn ended. */
    enum TurnResult {
        /** The answer reached its user (charged, or free). */
        ANSWERED,
        /** The user stopped the streamed answer: what was written so far is the answer (none when nothing was). */
        STOPPED,
        /** The credits system refused the charge: the answer was withheld. */
        REFUSED,
        /** The credits system could not be asked: the answer was withheld. */
        FAILED,
        /** The message asked for slicing work without the profiles or models it needs; explained, free. */
        SETUP_NEEDED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a call to a model provider ended: answered, or why not. */
    enum ProviderOutcome {
        ANSWERED,
        TIMEOUT,
        RATE_LIMITED,
        SERVER_ERROR,
        UNREACHABLE,
        REJECTED,
        GARBAGE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which engine the embedded one stood in for. */
    enum Fallback {
        ASSISTANT,
        VISION;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why a charge did not happen. */
    enum ChargeRefusal {
        /** The credits system refused it (too few credits, an unknown user). */
        INSUFFICIENT,
        /** The credits system failed or could not be reached. */
        UNAVAILABLE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a plate analysis ended. */
    enum PlateResult {
        ANALYSED,
        /** The views or plates could not be analysed (bad image, no model). */
        REFUSED,
        /** The pixel budget had no room in time. */
        BUSY;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
