package dev.slicewise.domain.assistant;

import dev.slicewise.domain.Require;

/** An intent and how sure the classifier is of it, between 0 and 1. */
public record Classification(Intent intent, double confidence) {

    public Classification {
        Require.present(intent, "intent");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1");
        }
    }
}
