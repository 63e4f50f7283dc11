package dev.slicewise.application.port.in;

import dev.slicewise.domain.user.UserId;

import java.util.function.Consumer;

/**
 * A user sends the conversation and gets the assistant's answer, charged once when it is delivered. The request id
 * names the request across its attempts (see {@link RunIdempotentlyUseCase}): its charge and its record carry it.
 * The user is the one the inbound adapter authenticated ({@link AuthenticateUserUseCase}).
 */
public interface SendChatMessageUseCase {

    /** The whole answer at once; a failing model provider is replaced by the embedded engine, invisibly. */
    TurnOutcome send(UserId user, SendChatMessageCommand command, String requestId);

    /**
     * The answer's text handed to {@code text} piece by piece as it is produced, then the outcome as {@link #send}.
     * Once text was handed on, a failing provider fails the turn ({@code AssistantUnavailable}): nothing is charged
     * or recorded. Interrupting the calling thread cancels the turn: the model call is stopped, nothing is charged or
     * recorded, and a {@link java.util.concurrent.CancellationException} is thrown.
     */
    TurnOutcome stream(UserId user, SendChatMessageCommand command, String requestId, Consumer<String> text);
}
