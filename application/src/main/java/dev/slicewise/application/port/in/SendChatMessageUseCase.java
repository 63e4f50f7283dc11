package dev.slicewise.application.port.in;

/** A user sends the conversation and gets the assistant's answer, charged once when it is delivered. */
public interface SendChatMessageUseCase {

    Authenticated<TurnOutcome> send(SendChatMessageCommand command);
}
