package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.List;

/**
 * Determines slicing settings from the values the user spells out; nothing else yet, since the slicing knowledge
 * comes in a later milestone. Without an explicit value it asks for the goal, offering goals phrased as explicit
 * requests, so a chosen option comes back as a message this class can honour.
 */
final class DetermineReplies {

    private static final List<String> GOALS = List.of("STRONGER", "FASTER", "FINER", "ADHESION", "SUPPORTS");

    private final ExplicitRequests explicitRequests;

    DetermineReplies(Vocabulary vocabulary) {
        this.explicitRequests = new ExplicitRequests(vocabulary);
    }

    AssistantReply reply(NormalisedText message, SlicingProfiles profiles, ReplyTexts texts) {
        List<Requested> requested = explicitRequests.in(message);
        if (requested.isEmpty()) {
            List<String> goals = GOALS.stream().map(goal -> texts.text("goal." + goal)).toList();
            return AssistantReply.text(texts.text("determine.clarify"), List.of(AgentAction.chooseFrom(goals)));
        }
        return new ChangePlan(requested, profiles, texts).reply();
    }
}
