package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.OperatorRecords;
import dev.slicewise.application.port.out.OperatorRecordsContract;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;

class InMemoryOperatorRecordsTest extends OperatorRecordsContract {

    private final InMemoryTurnRecordRepository turns = new InMemoryTurnRecordRepository();
    private final InMemoryPlateAnalysisRecords plates = new InMemoryPlateAnalysisRecords();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryChatRepository chats = new InMemoryChatRepository();

    @Override
    protected TurnRecordRepository turns() {
        return turns;
    }

    @Override
    protected PlateAnalysisRecords plates() {
        return plates;
    }

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }

    @Override
    protected ChatRepository chats() {
        return chats;
    }

    @Override
    protected OperatorRecords records() {
        return new InMemoryOperatorRecords(turns, plates, sessions, chats);
    }
}
