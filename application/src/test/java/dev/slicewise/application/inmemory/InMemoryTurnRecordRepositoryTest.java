package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.application.port.out.TurnRecordRepositoryContract;

class InMemoryTurnRecordRepositoryTest extends TurnRecordRepositoryContract {

    @Override
    protected TurnRecordRepository newRepository() {
        return new InMemoryTurnRecordRepository();
    }
}
