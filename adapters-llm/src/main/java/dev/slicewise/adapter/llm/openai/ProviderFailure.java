package dev.slicewise.adapter.llm.openai;

import java.time.Duration;
import java.util.Optional;

/**
 * Why a provider gave no usable completion. It never leaves this package: the {@link ProviderChain} moves on to the
 * next provider, and a failure no provider recovers from leaves as the application's {@code AssistantUnavailable}.
 * Its message holds the status and kind only, never a request, a response body or a key.
 */
final class ProviderFailure extends RuntimeException {

    enum Kind {
        /** The call did not finish within the provider's timeout. */
        TIMEOUT(false),
        /** 429: too many requests; may say when to come back. */
        RATE_LIMITED(true),
        /** 5xx. */
        SERVER_ERROR(true),
        /** Refused or broken connection, unknown host. */
        UNREACHABLE(true),
        /** Another 4xx: a wrong key, an unknown model, a request the provider does not take. */
        REJECTED(false),
        /** An answer that is not a chat completion, or one with nothing in it. */
        GARBAGE(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final transient Optional<Duration> retryAfter;

    ProviderFailure(Kind kind, String detail, Optional<Duration> retryAfter) {
        super(kind + ": " + detail, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    ProviderFailure(Kind kind, String detail) {
        this(kind, detail, Optional.empty());
    }

    Kind kind() {
        return kind;
    }

    /** How long the provider asked to wait (a 429's {@code Retry-After}). */
    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
