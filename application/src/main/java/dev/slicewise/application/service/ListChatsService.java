package dev.slicewise.application.service;

import dev.slicewise.application.port.in.ListChatsUseCase;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.UserId;

import java.util.List;

public final class ListChatsService implements ListChatsUseCase {

    private final ChatRepository chats;

    public ListChatsService(ChatRepository chats) {
        this.chats = chats;
    }

    @Override
    public List<Chat> list(UserId owner, ChatPage page) {
        return chats.findByOwner(owner, page);
    }
}
