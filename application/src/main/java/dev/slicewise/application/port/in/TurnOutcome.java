package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.credits.CreditFailure;
import dev.slicewise.domain.credits.CreditReceipt;

import java.util.Optional;

/** How a turn ended for an authenticated user. */
public sealed interface TurnOutcome {

    /** The user gets the reply; the receipt is the charge's (empty when nothing was charged through a system). */
    record Answered(AssistantReply reply, Optional<CreditReceipt> receipt) implements TurnOutcome {
        public Answered {
            Require.present(reply, "reply");
            Require.present(receipt, "receipt");
        }
    }

    /** The chat_id given is not a chat of this user. */
    record UnknownChat() implements TurnOutcome {
    }

    /** The credits system refused the charge; the reply is withheld and nothing was charged. */
    record CreditsRefused(CreditReceipt receipt) implements TurnOutcome {
        public CreditsRefused {
            Require.present(receipt, "receipt");
        }
    }

    /** The credits system could not be asked; the reply is withheld and nothing was charged. */
    record CreditsUnavailable(CreditFailure failure) implements TurnOutcome {
        public CreditsUnavailable {
            Require.present(failure, "failure");
        }
    }
}
