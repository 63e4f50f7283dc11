package dev.slicewise.application.port.out;

import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where chats are kept. */
public interface ChatRepository {

    /**
     * Stores a new chat and gives it an id, unless the owner has {@code maxChatsOfOwner} chats already: then nothing is
     * stored and the answer is empty. The count and the insert are one statement; creations by the same owner at the
     * same moment may each see the count below the limit, so the limit can be passed by at most the number of that
     * owner's creations in flight at once.
     */
    Optional<Chat> create(UserId owner, ChatDetails details, Instant now, int maxChatsOfOwner);

    Optional<Chat> find(ChatId id);

    /**
     * One page of the owner's chats, newest first (by creation time, then by id): at most {@code page.limit()} chats,
     * only those older than {@code page.before()} when given. A {@code before} that is not one of the owner's chats
     * gives an empty page.
     */
    List<Chat> findByOwner(UserId owner, ChatPage page);
}
