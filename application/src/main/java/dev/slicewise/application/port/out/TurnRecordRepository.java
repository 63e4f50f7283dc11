package dev.slicewise.application.port.out;

import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;

import java.util.List;

/** Where one record per answered turn is kept for analytics. */
public interface TurnRecordRepository {

    /** Keeps the record, unless a record of its request is kept already (the request ran again after a failure). */
    void append(TurnRecord record);

    /** The user's turns, oldest first. */
    List<TurnRecord> findByUser(UserId user);
}
