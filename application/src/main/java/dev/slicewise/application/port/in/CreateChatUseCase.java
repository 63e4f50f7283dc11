package dev.slicewise.application.port.in;

import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.user.UserId;

/** A user opens a chat session and gets its id, within the limits of what one user may keep. */
public interface CreateChatUseCase {

    /** The owner is the user the inbound adapter authenticated ({@link AuthenticateUserUseCase}). */
    ChatCreation create(UserId owner, ChatDetails details);
}
