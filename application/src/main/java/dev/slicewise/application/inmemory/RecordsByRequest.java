package dev.slicewise.application.inmemory;

import dev.slicewise.domain.user.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Records kept once per request id, in the order they were appended, read per user oldest first: what the in-memory
 * turn records and plate analysis records share.
 */
final class RecordsByRequest<T> {

    private final Map<String, T> records = new LinkedHashMap<>();
    private final Function<T, String> requestId;
    private final Function<T, UserId> user;
    private final Comparator<T> oldestFirst;

    RecordsByRequest(Function<T, String> requestId, Function<T, UserId> user, Function<T, Instant> answeredAt) {
        this.requestId = requestId;
        this.user = user;
        this.oldestFirst = Comparator.comparing(answeredAt);
    }

    /** Keeps the record unless one of its request is kept already. */
    synchronized void append(T record) {
        records.putIfAbsent(requestId.apply(record), record);
    }

    /** Every record, in the order they were kept (the first is number 1 of the operator's ids). */
    synchronized List<T> all() {
        return List.copyOf(records.values());
    }

    synchronized List<T> ofUser(UserId owner) {
        return records.values().stream().filter(r -> user.apply(r).equals(owner)).sorted(oldestFirst).toList();
    }
}
