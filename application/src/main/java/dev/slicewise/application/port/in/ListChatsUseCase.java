package dev.slicewise.application.port.in;

import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.Credentials;

import java.util.List;

/** A user lists a page of their own chats, newest first. */
public interface ListChatsUseCase {

    Authenticated<List<Chat>> list(Credentials credentials, ChatPage page);
}
