package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.slicing.PrerequisiteFailure;

/** How a turn ended. */
public sealed interface TurnOutcome {

    /**
     * The assistant answered; the answer was delivered or withheld by its charge. The provenance says who answered
     * and with how many tokens (a door that reports usage, as the OpenAI-compatible one, reads it there).
     */
    record Answered(Paid<AssistantReply> reply, Provenance provenance) implements TurnOutcome {
        public Answered {
            Require.present(reply, "reply");
            Require.present(provenance, "provenance");
        }
    }

    /**
     * The message asks for slicing work, and the request lacks what that needs (profiles, a model on the plate): the
     * door explains what is missing. Nothing was answered, charged or recorded.
     */
    record NeedsSlicingSetup(PrerequisiteFailure missing) implements TurnOutcome {
        public NeedsSlicingSetup {
            Require.present(missing, "missing");
        }
    }

    /** The chat given is not a chat of this user. */
    record UnknownChat() implements TurnOutcome {
    }
}
