package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.RunningReplies;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The replies being streamed, one row each in {@code running_reply}, shared by every node on the database. Every
 * statement commits on its own: a stop is one conditional update that finds the row only while it is the owner's and
 * its lease runs, so a stop of another key's reply, or of a crashed node's, changes nothing.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcRunningReplies implements RunningReplies {

    private static final String ADD =
            "INSERT INTO running_reply (message_id, owner_id, node, lease_until) VALUES (?, ?, ?, ?)";
    private static final String REQUEST_STOP = """
            UPDATE running_reply SET stop_requested = TRUE
            WHERE message_id = ? AND owner_id = ? AND lease_until > ?""";
    private static final String STOPS_REQUESTED =
            "SELECT message_id FROM running_reply WHERE node = ? AND stop_requested = TRUE";
    private static final String RENEW = "UPDATE running_reply SET lease_until = ? WHERE node = ?";
    private static final String REMOVE = "DELETE FROM running_reply WHERE message_id = ?";
    private static final String FORGET_EXPIRED = "DELETE FROM running_reply WHERE lease_until <= ?";

    private final JdbcOperations jdbc;

    public JdbcRunningReplies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Connectable
    public void add(RunningReply reply) {
        jdbc.prepareStatement(ADD, statement -> {
            statement.setString(1, reply.id().value());
            statement.setString(2, reply.owner().value());
            statement.setString(3, reply.node());
            Timestamps.set(statement, 4, reply.leaseUntil());
            return statement.executeUpdate();
        });
    }

    @Override
    @Connectable
    public boolean requestStop(UserId owner, MessageId id, Instant now) {
        return jdbc.prepareStatement(REQUEST_STOP, statement -> {
            statement.setString(1, id.value());
            statement.setString(2, owner.value());
            Timestamps.set(statement, 3, now);
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    @Connectable
    public Set<MessageId> stopsRequested(String node) {
        return jdbc.prepareStatement(STOPS_REQUESTED, statement -> {
            statement.setString(1, node);
            Set<MessageId> ids = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(new MessageId(rows.getString("message_id")));
                }
            }
            return ids;
        });
    }

    @Override
    @Connectable
    public void renew(String node, Instant leaseUntil) {
        jdbc.prepareStatement(RENEW, statement -> {
            Timestamps.set(statement, 1, leaseUntil);
            statement.setString(2, node);
            return statement.executeUpdate();
        });
    }

    @Override
    @Connectable
    public void remove(MessageId id) {
        jdbc.prepareStatement(REMOVE, statement -> {
            statement.setString(1, id.value());
            return statement.executeUpdate();
        });
    }

    @Override
    @Connectable
    public int forgetExpired(Instant now) {
        return jdbc.prepareStatement(FORGET_EXPIRED, statement -> {
            Timestamps.set(statement, 1, now);
            return statement.executeUpdate();
        });
    }
}
