package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

public final class InMemoryChatRepository implements ChatRepository {

    private static final Comparator<Chat> NEWEST_FIRST =
            Comparator.comparing(Chat::createdAt).thenComparing(chat -> chat.id().value()).reversed();

    private final Map<ChatId, Chat> chats = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();

    /** Counts and inserts under one lock, so that in memory the limit holds exactly. */
    @Override
    public synchronized Optional<Chat> create(UserId owner, ChatDetails details, Instant now,
                                              int maxChatsOfOwner) {
        if (chats.values().stream().filter(chat -> chat.isOwnedBy(owner)).count() >= maxChatsOfOwner) {
            return Optional.empty();
        }
        Chat chat = new Chat(new ChatId(lastId.incrementAndGet()), owner, details, now, now);
        chats.put(chat.id(), chat);
        return Optional.of(chat);
    }

    @Override
    public Optional<Chat> find(ChatId id) {
        return Optional.ofNullable(chats.get(id));
    }

    @Override
    public List<Chat> findByOwner(UserId owner, ChatPage page) {
        Optional<Chat> before = page.before().flatMap(this::find).filter(chat -> chat.isOwnedBy(owner));
        if (page.before().isPresent() && before.isEmpty()) {
            return List.of();
        }
        Predicate<Chat> older = chat -> before.map(last -> NEWEST_FIRST.compare(chat, last) > 0).orElse(true);
        return chats.values().stream()
                .filter(chat -> chat.isOwnedBy(owner))
                .filter(older)
                .sorted(NEWEST_FIRST)
                .limit(page.limit())
                .toList();
    }
}
