package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.chat.Chat;

/** How the creation of a chat ended for an authenticated user. */
public sealed interface ChatCreation {

    record Created(Chat chat) implements ChatCreation {
        public Created {
            Require.present(chat, "chat");
        }
    }

    /** The chat's text is larger than a chat may be; nothing was kept. */
    record TooLarge(long maxChatBytes) implements ChatCreation {
    }

    /** The user already has as many chats as one user may keep; nothing was kept. */
    record TooMany(int maxChatsPerUser) implements ChatCreation {
    }
}
