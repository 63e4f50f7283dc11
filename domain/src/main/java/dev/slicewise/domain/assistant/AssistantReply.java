package dev.slicewise.domain.assistant;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.SlicingRecommendation;

import java.util.List;
import java.util.Optional;

/**
 * The assistant's answer to one turn: text, actions for the client, recommended slicing changes, and the code of a
 * part when the turn designed one.
 */
public record AssistantReply(
        String content,
        List<AgentAction> actions,
        Optional<SlicingRecommendation> recommendation,
        List<OverrideExplanation> explanations,
        Optional<PartCode> code) {

    public AssistantReply {
        Require.present(content, "content");
        actions = List.copyOf(Require.present(actions, "actions"));
        Require.present(recommendation, "slicing_profiles");
        explanations = List.copyOf(Require.present(explanations, "per_override_explanations"));
        Require.present(code, "code");
        if (recommendation.isEmpty() && !explanations.isEmpty()) {
            throw new IllegalArgumentException("per_override_explanations need a slicing recommendation");
        }
    }

    /**
     * Whether the reply only asks the user to choose what they meant (options offered, nothing recommended): the
     * answer of an engine that understood the intent but not what to do.
     */
    public boolean asksToClarify() {
        return recommendation.isEmpty()
                && actions.stream().anyMatch(action -> action.name() == ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS);
    }

    /** A reply with no part code. */
    public AssistantReply(String content, List<AgentAction> actions, Optional<SlicingRecommendation> recommendation,
                          List<OverrideExplanation> explanations) {
        this(content, actions, recommendation, explanations, Optional.empty());
    }

    public static AssistantReply text(String content, List<AgentAction> actions) {
        return new AssistantReply(content, actions, Optional.empty(), List.of());
    }
}
