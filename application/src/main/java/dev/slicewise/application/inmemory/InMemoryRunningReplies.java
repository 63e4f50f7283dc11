package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.RunningReplies;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.user.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

public final class InMemoryRunningReplies implements RunningReplies {

    private record Row(RunningReply reply, boolean stopRequested) {
    }

    private final Map<MessageId, Row> rows = new ConcurrentHashMap<>();

    @Override
    public void add(RunningReply reply) {
        rows.put(reply.id(), new Row(reply, false));
    }

    @Override
    public boolean requestStop(UserId owner, MessageId id, Instant now) {
        AtomicBoolean asked = new AtomicBoolean();
        rows.computeIfPresent(id, (key, row) -> {
            if (!row.reply().owner().equals(owner) || !row.reply().leaseUntil().isAfter(now)) {
                return row;
            }
            asked.set(true);
            return new Row(row.reply(), true);
        });
        return asked.get();
    }

    @Override
    public Set<MessageId> stopsRequested(String node) {
        return rows.values().stream().filter(row -> row.stopRequested() && row.reply().node().equals(node))
                .map(row -> row.reply().id()).collect(Collectors.toSet());
    }

    @Override
    public void renew(String node, Instant leaseUntil) {
        rows.replaceAll((id, row) -> row.reply().node().equals(node)
                ? new Row(new RunningReply(id, row.reply().owner(), node, leaseUntil), row.stopRequested()) : row);
    }

    @Override
    public void remove(MessageId id) {
        rows.remove(id);
    }

    @Override
    public int forgetExpired(Instant now) {
        int forgotten = 0;
        for (Row row : rows.values()) {
            if (!row.reply().leaseUntil().isAfter(now) && rows.remove(row.reply().id(), row)) {
                forgotten++;
            }
        }
        return forgotten;
    }
}
