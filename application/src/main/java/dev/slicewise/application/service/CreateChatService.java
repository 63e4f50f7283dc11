package dev.slicewise.application.service;

import dev.slicewise.application.port.in.ChatCreation;
import dev.slicewise.application.port.in.CreateChatUseCase;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatLimits;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;

/** Creates a chat when it is no larger than a chat may be and its owner has room for one more. */
public final class CreateChatService implements CreateChatUseCase {

    private final ChatRepository chats;
    private final Clock clock;
    private final ChatLimits limits;

    public CreateChatService(ChatRepository chats, Clock clock, ChatLimits limits) {
        this.chats = chats;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public ChatCreation create(UserId user, ChatDetails details) {
        if (!limits.admits(details)) {
            return new ChatCreation.TooLarge(limits.maxChatBytes());
        }
        return chats.create(user, details, clock.instant(), limits.maxChatsPerUser())
                .<ChatCreation>map(ChatCreation.Created::new)
                .orElseGet(() -> new ChatCreation.TooMany(limits.maxChatsPerUser()));
    }
}
