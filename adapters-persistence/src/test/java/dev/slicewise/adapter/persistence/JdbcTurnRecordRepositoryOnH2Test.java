package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.application.port.out.TurnRecordRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcTurnRecordRepositoryOnH2Test extends TurnRecordRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected TurnRecordRepository newRepository() {
        return database.bean(JdbcTurnRecordRepository.class);
    }
}
