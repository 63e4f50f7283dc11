package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.application.port.out.TurnRecordRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcTurnRecordRepositoryOnPostgresTest extends TurnRecordRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TurnRecordRepository newRepository() {
        return database.bean(JdbcTurnRecordRepository.class);
    }
}
