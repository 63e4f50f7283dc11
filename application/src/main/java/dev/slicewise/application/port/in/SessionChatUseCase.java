package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.user.UserId;

import java.util.function.Consumer;

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

    /**
     * The same turn as {@link #chat}, its answer's text handed to {@code text} piece by piece as it is produced (a
     * whole answer, as the embedded engine's, sentence by sentence), each piece under the ids the answer will be kept
     * under; then the outcome as {@code chat}'s, kept and charged the same way. The answer is a running reply until
     * it completes: {@link StopReplyUseCase} stops it, and the outcome is then the text written so far, kept and
     * charged when there is some, neither without ({@link SessionAnswer#stopped()}). Once text was handed on, a
     * failing provider fails the turn with an {@code AssistantUnavailable}: nothing kept or charged. Interrupting the
     * calling thread (its client went away) cancels the turn: the model call is stopped, nothing is kept or charged,
     * and a {@link java.util.concurrent.CancellationException} is thrown.
     */
    SessionChatOutcome stream(UserId owner, SessionChatCommand command, String requestId,
                              Consumer<StreamedText> text);

    /** A piece of a streamed answer, with the session and the answer it belongs to. */
    record StreamedText(SessionId sessionId, MessageId messageId, String delta) {

        public StreamedText {
            Require.present(sessionId, "sessionId");
            Require.present(messageId, "messageId");
            if (Require.present(delta, "delta").isEmpty()) {
                throw new IllegalArgumentException("a streamed piece has text");
            }
        }
    }

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
