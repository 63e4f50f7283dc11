package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.Intent;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one message scored: phrase hits per task intent (only intents that hit), and whether it greets, asks a question
 * or talks about 3D printing at all.
 */
record IntentScores(Map<Intent, Integer> hits, boolean greets, boolean asks, boolean aboutPrinting) {

    IntentScores {
        hits = Collections.unmodifiableMap(hits.isEmpty() ? new EnumMap<>(Intent.class) : new EnumMap<>(hits));
        if (hits.values().stream().anyMatch(count -> count <= 0)) {
            throw new IllegalArgumentException("only intents that hit are scored");
        }
    }

    /** The intents with the most hits, in the order of {@link Intent}; empty when none hit. */
    List<Intent> leaders() {
        int best = hits.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return hits.entrySet().stream().filter(entry -> entry.getValue() == best).map(Map.Entry::getKey).toList();
    }

    int total() {
        return hits.values().stream().mapToInt(Integer::intValue).sum();
    }
}
