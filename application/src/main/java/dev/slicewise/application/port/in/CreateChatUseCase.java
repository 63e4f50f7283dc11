package dev.slicewise.application.port.in;

import dev.slicewise.domain.chat.Chat;

/** A user opens a chat session and gets its id. */
public interface CreateChatUseCase {

    Authenticated<Chat> create(CreateChatCommand command);
}
