package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.user.ElegooUserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryChatRepository implements ChatRepository {

    private final Map<ChatId, Chat> chats = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();

    @Override
    public Chat create(ElegooUserId owner, ChatDetails details, Instant now) {
        Chat chat = new Chat(new ChatId(lastId.incrementAndGet()), owner, details, now, now);
        chats.put(chat.id(), chat);
        return chat;
    }

    @Override
    public Optional<Chat> find(ChatId id) {
        return Optional.ofNullable(chats.get(id));
    }

    @Override
    public List<Chat> findByOwner(ElegooUserId owner) {
        return chats.values().stream()
                .filter(chat -> chat.isOwnedBy(owner))
                .sorted(Comparator.comparing(Chat::createdAt).thenComparing(chat -> chat.id().value()).reversed())
                .toList();
    }
}
