package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.SlicingGoal;

import java.util.Arrays;
import java.util.Optional;

/** One settings request of the goal dataset: what a user wrote, in which language, and the goal it expresses, if any. */
public record LabelledGoal(String language, Optional<SlicingGoal> goal, String text) {

    /** The label of a settings request that expresses no goal (a value, a switch, a question without a goal). */
    public static final String NONE = "NONE";

    public LabelledGoal {
        Require.present(language, "language");
        if (Arrays.stream(Language.values()).noneMatch(known -> known.tag().equals(language))) {
            throw new IllegalArgumentException("language must be one of the Language tags, not " + language);
        }
        Require.present(goal, "goal");
        Require.text(text, "text", 1_000);
    }

    /** The goal's name, or {@value #NONE}: the category the model learns. */
    public String label() {
        return goal.map(SlicingGoal::name).orElse(NONE);
    }

    /** Reads a label: a {@link SlicingGoal} name or {@value #NONE}. */
    static Optional<SlicingGoal> goalOf(String label) {
        return label.equals(NONE) ? Optional.empty() : Optional.of(SlicingGoal.valueOf(label));
    }
}
