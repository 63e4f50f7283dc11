package dev.slicewise.application.port.out;

import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.user.ElegooUserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where chats are kept. */
public interface ChatRepository {

    /** Stores a new chat and gives it an id. */
    Chat create(ElegooUserId owner, ChatDetails details, Instant now);

    Optional<Chat> find(ChatId id);

    /** The user's chats, newest first. */
    List<Chat> findByOwner(ElegooUserId owner);
}
