package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.SessionRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcSessionRepositoryOnH2Test extends SessionRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected SessionRepository newRepository() {
        return database.bean(JdbcSessionRepository.class);
    }
}
