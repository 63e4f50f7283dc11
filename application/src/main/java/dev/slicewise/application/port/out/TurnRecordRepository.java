package dev.slicewise.application.port.out;

import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.ElegooUserId;

import java.util.List;

/** Where one record per answered turn is kept for analytics. */
public interface TurnRecordRepository {

    void append(TurnRecord record);

    /** The user's turns, oldest first. */
    List<TurnRecord> findByUser(ElegooUserId user);
}
