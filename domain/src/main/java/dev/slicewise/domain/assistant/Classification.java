package dev.slicewise.domain.assistant;

import dev.slicewise.domain.Require;

import java.util.List;

/**
 * An intent and how sure the classifier is of it, between 0 and 1. When the intent is {@link Intent#UNCLEAR}, the
 * alternatives are the likely intents, the most likely first, for the assistant to offer; otherwise they are empty.
 */
public record Classification(Intent intent, double confidence, List<Intent> alternatives) {

    public Classification {
        Require.present(intent, "intent");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1");
        }
        alternatives = List.copyOf(Require.present(alternatives, "alternatives"));
        if (intent != Intent.UNCLEAR && !alternatives.isEmpty()) {
            throw new IllegalArgumentException("only an unclear classification has alternatives");
        }
    }

    public Classification(Intent intent, double confidence) {
        this(intent, confidence, List.of());
    }
}
