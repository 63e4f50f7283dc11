package dev.slicewise.adapter.llm.embedded.intent;

import java.util.List;

import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;

/** Every intent the model knows, the most probable first. */
public record Ranking(List<ScoredIntent> ranked) {

    /*
     * When the best intent is trusted; below either threshold the message is UNCLEAR and the assistant asks.
     * Picked from the threshold table of bench/intent-benchmark.sh on the held-out split (4,454 utterances,
     * accuracy 0.910; see docs/adr/0004-intent-classifier.md): with 0.4 and 0.3, 80% of the right answers are trusted
     * and 17% of the wrong ones (1.5% of all messages), and 26% of all messages come out UNCLEAR. The gap tells right
     * from wrong better than the probability: at MIN_GAP 0.2 the same MIN_CONFIDENCE trusts 85% of the right answers
     * but 24% of the wrong ones. A message without one known word gets 1/15 for every intent, far below.
     */
    /** The least probability of the best intent for it to be trusted. */
    public static final double MIN_CONFIDENCE = 0.4;
    /** The least lead of the best intent over the second one for it to be trusted. */
    public static final double MIN_GAP = 0.3;

    public Ranking {
        ranked = List.copyOf(ranked);
        if (ranked.size() < 2) {
            throw new IllegalArgumentException("ranked must hold at least two intents");
        }
        for (int i = 1; i < ranked.size(); i++) {
            if (ranked.get(i).probability() > ranked.get(i - 1).probability()) {
                throw new IllegalArgumentException("ranked must be ordered by decreasing probability");
            }
        }
    }

    public ScoredIntent top() {
        return ranked.getFirst();
    }

    /** How far the best intent is ahead of the second best. */
    public double gapToSecond() {
        return top().probability() - ranked.get(1).probability();
    }

    /** True when the best intent is probable enough and clearly ahead of the second. */
    public boolean isConfident() {
        return top().probability() >= MIN_CONFIDENCE && gapToSecond() >= MIN_GAP;
    }

    /** The best intent when it is trusted, otherwise {@link Intent#UNCLEAR}; both with the best probability. */
    public Classification classification() {
        return new Classification(isConfident() ? top().intent() : Intent.UNCLEAR, top().probability());
    }
}
