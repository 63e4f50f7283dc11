package dev.slicewise.application.port.in;

/**
 * A user sends the conversation and gets the assistant's answer, charged once when it is delivered. The request id
 * names the request across its attempts (see {@link RunIdempotentlyUseCase}): its charge and its record carry it.
 */
public interface SendChatMessageUseCase {

    Authenticated<TurnOutcome> send(SendChatMessageCommand command, String requestId);
}
