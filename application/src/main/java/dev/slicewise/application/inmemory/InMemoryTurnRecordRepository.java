package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.ElegooUserId;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryTurnRecordRepository implements TurnRecordRepository {

    private final List<TurnRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void append(TurnRecord record) {
        records.add(record);
    }

    @Override
    public List<TurnRecord> findByUser(ElegooUserId user) {
        return records.stream()
                .filter(r -> r.user().equals(user))
                .sorted(Comparator.comparing(TurnRecord::answeredAt))
                .toList();
    }
}
