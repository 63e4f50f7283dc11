package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Authenticated;
import dev.slicewise.application.port.in.ChatCreation;
import dev.slicewise.application.port.in.CreateChatCommand;
import dev.slicewise.application.port.in.CreateChatUseCase;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatLimits;
import dev.slicewise.domain.user.ElegooUserId;

import java.time.Clock;

/** Creates a chat when it is no larger than a chat may be and its owner has room for one more. */
public final class CreateChatService implements CreateChatUseCase {

    private final CredentialsCheck credentials;
    private final ChatRepository chats;
    private final Clock clock;
    private final ChatLimits limits;

    public CreateChatService(CredentialsCheck credentials, ChatRepository chats, Clock clock, ChatLimits limits) {
        this.credentials = credentials;
        this.chats = chats;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public Authenticated<ChatCreation> create(CreateChatCommand command) {
        return credentials.authenticate(command.credentials())
                .<Authenticated<ChatCreation>>map(user -> new Authenticated.Accepted<>(create(user, command.details())))
                .orElseGet(Authenticated.Rejected::new);
    }

    private ChatCreation create(ElegooUserId user, ChatDetails details) {
        if (!limits.admits(details)) {
            return new ChatCreation.TooLarge(limits.maxChatBytes());
        }
        return chats.create(user, details, clock.instant(), limits.maxChatsPerUser())
                .<ChatCreation>map(ChatCreation.Created::new)
                .orElseGet(() -> new ChatCreation.TooMany(limits.maxChatsPerUser()));
    }
}
