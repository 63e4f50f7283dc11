package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Authenticated;
import dev.slicewise.application.port.in.ListChatsUseCase;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.Credentials;

import java.util.List;

public final class ListChatsService implements ListChatsUseCase {

    private final CredentialsCheck credentials;
    private final ChatRepository chats;

    public ListChatsService(CredentialsCheck credentials, ChatRepository chats) {
        this.credentials = credentials;
        this.chats = chats;
    }

    @Override
    public Authenticated<List<Chat>> list(Credentials presented, ChatPage page) {
        return credentials.authenticate(presented)
                .<Authenticated<List<Chat>>>map(user -> new Authenticated.Accepted<>(chats.findByOwner(user, page)))
                .orElseGet(Authenticated.Rejected::new);
    }
}
