package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.ChatRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcChatRepositoryOnPostgresTest extends ChatRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected ChatRepository newRepository() {
        return database.bean(JdbcChatRepository.class);
    }
}
