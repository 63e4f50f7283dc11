package dev.slicewise.application.port.in;

import dev.slicewise.domain.user.UserId;

/**
 * A user sends the conversation and gets the assistant's answer, charged once when it is delivered. The request id
 * names the request across its attempts (see {@link RunIdempotentlyUseCase}): its charge and its record carry it.
 * The user is the one the inbound adapter authenticated ({@link AuthenticateUserUseCase}).
 */
public interface SendChatMessageUseCase {

    TurnOutcome send(UserId user, SendChatMessageCommand command, String requestId);
}
