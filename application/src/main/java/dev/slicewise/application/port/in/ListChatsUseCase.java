package dev.slicewise.application.port.in;

import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.UserId;

import java.util.List;

/** A user lists a page of their own chats, newest first. */
public interface ListChatsUseCase {

    /** The owner is the user the inbound adapter authenticated ({@link AuthenticateUserUseCase}). */
    List<Chat> list(UserId owner, ChatPage page);
}
