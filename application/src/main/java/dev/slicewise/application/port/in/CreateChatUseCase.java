package dev.slicewise.application.port.in;

/** A user opens a chat session and gets its id, within the limits of what one user may keep. */
public interface CreateChatUseCase {

    Authenticated<ChatCreation> create(CreateChatCommand command);
}
