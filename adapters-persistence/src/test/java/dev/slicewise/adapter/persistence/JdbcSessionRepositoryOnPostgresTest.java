package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.SessionRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcSessionRepositoryOnPostgresTest extends SessionRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected SessionRepository newRepository() {
        return database.bean(JdbcSessionRepository.class);
    }
}
