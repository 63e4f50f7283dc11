package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Authenticated;
import dev.slicewise.application.port.in.CreateChatCommand;
import dev.slicewise.application.port.in.CreateChatUseCase;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.Chat;

import java.time.Clock;

public final class CreateChatService implements CreateChatUseCase {

    private final CredentialsCheck credentials;
    private final ChatRepository chats;
    private final Clock clock;

    public CreateChatService(CredentialsCheck credentials, ChatRepository chats, Clock clock) {
        this.credentials = credentials;
        this.chats = chats;
        this.clock = clock;
    }

    @Override
    public Authenticated<Chat> create(CreateChatCommand command) {
        return credentials.authenticate(command.credentials())
                .<Authenticated<Chat>>map(user -> new Authenticated.Accepted<>(
                        chats.create(user, command.details(), clock.instant())))
                .orElseGet(Authenticated.Rejected::new);
    }
}
