package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.ChatRepositoryContract;

class InMemoryChatRepositoryTest extends ChatRepositoryContract {

    @Override
    protected ChatRepository newRepository() {
        return new InMemoryChatRepository();
    }
}
