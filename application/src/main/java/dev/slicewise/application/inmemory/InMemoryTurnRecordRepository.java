package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;

import java.util.List;

public final class InMemoryTurnRecordRepository implements TurnRecordRepository {

    private final RecordsByRequest<TurnRecord> records =
            new RecordsByRequest<>(TurnRecord::requestId, TurnRecord::user, TurnRecord::answeredAt);

    @Override
    public void append(TurnRecord record) {
        records.append(record);
    }

    /** Every record, in the order they were kept. */
    public List<TurnRecord> all() {
        return records.all();
    }

    @Override
    public List<TurnRecord> findByUser(UserId user) {
        return records.ofUser(user);
    }
}
