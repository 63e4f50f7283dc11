package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.OperatorRecords;
import dev.slicewise.application.port.out.OperatorRecordsContract;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcOperatorRecordsOnPostgresTest extends OperatorRecordsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TurnRecordRepository turns() {
        return database.bean(JdbcTurnRecordRepository.class);
    }

    @Override
    protected PlateAnalysisRecords plates() {
        return database.bean(JdbcPlateAnalysisRecords.class);
    }

    @Override
    protected SessionRepository sessions() {
        return database.bean(JdbcSessionRepository.class);
    }

    @Override
    protected ChatRepository chats() {
        return database.bean(JdbcChatRepository.class);
    }

    @Override
    protected OperatorRecords records() {
        return database.bean(JdbcOperatorRecords.class);
    }
}
