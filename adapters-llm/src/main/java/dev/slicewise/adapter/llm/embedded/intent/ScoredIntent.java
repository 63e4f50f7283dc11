package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.Intent;

/** An intent and the probability the model gives it, between 0 and 1. */
public record ScoredIntent(Intent intent, double probability) {

    public ScoredIntent {
        Require.present(intent, "intent");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, not " + probability);
        }
    }
}
