package dev.slicewise.domain.assistant;

import dev.slicewise.domain.Require;

/** A reply and who produced it. */
public record AssistantAnswer(AssistantReply reply, Provenance provenance) {

    public AssistantAnswer {
        Require.present(reply, "reply");
        Require.present(provenance, "provenance");
    }
}
