package dev.slicewise.application.port.in;

import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.user.UserId;

/**
 * A key's user sends one message to a conversation the service keeps and gets the assistant's answer (with photos
 * of the plate attached, their analysis). The
 * conversation comes from the store (its newest messages, so that a long session costs what a short one does); the
 * message and the answer are kept together once the answer exists, then the answer is charged once under the
 * request's id (see {@link RunIdempotentlyUseCase}). A charge that does not happen takes the kept turn back; a store
 * that fails fails the turn before anything is charged.
 */
public interface SessionChatUseCase {

    SessionChatOutcome chat(UserId owner, SessionChatCommand command, String requestId);

    /** How a message to a kept conversation ended. */
    sealed interface SessionChatOutcome {

        /** The assistant answered; the answer was delivered or withheld by its charge. */
        record Answered(Paid<SessionAnswer> answer) implements SessionChatOutcome {
        }

        /** The session named is not one of the owner's (unknown, another key's, or deleted meanwhile). */
        record UnknownSession() implements SessionChatOutcome {
        }

        /** An attached photo cannot be analysed (or the plates hold no model): nothing kept or charged. */
        record ImageRefused(AnalysisRefusal refusal) implements SessionChatOutcome {
        }

        /** The plate analysis has no room for the photos now; the same request may succeed a moment later. */
        record AnalysisBusy() implements SessionChatOutcome {
        }
    }
}
