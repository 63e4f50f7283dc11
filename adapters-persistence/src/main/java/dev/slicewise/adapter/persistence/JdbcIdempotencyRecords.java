package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.in.RecordedResponse;
import dev.slicewise.application.port.out.IdempotencyKey;
import dev.slicewise.application.port.out.IdempotencyRecords;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency records in the {@code idempotency_record} table. Every statement commits on its own: a claim is an
 * insert that the unique key on {@code (elegoo_user_id, idempotency_key)} lets only one node win, or the replacement
 * of an expired record by a conditional update that only one node can make; nothing is held while the request runs.
 */
@Singleton
@Connectable
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcIdempotencyRecords implements IdempotencyRecords {

    /** A record released between a failed insert and the read is claimed again; more rounds mean a busy key. */
    private static final int CLAIM_ROUNDS = 3;

    private static final String INSERT_UNLESS_PRESENT = """
            INSERT INTO idempotency_record (elegoo_user_id, idempotency_key, request_hash, state, expires_at)
            VALUES (?, ?, ?, 'RUNNING', ?) ON CONFLICT DO NOTHING""";
    private static final String REPLACE_EXPIRED = """
            UPDATE idempotency_record
            SET request_hash = ?, state = 'RUNNING', response_status = NULL, response_body = NULL, expires_at = ?
            WHERE elegoo_user_id = ? AND idempotency_key = ? AND expires_at <= ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_record SET state = 'COMPLETED', response_status = ?, response_body = ?
            WHERE elegoo_user_id = ? AND idempotency_key = ? AND state = 'RUNNING'""";
    private static final String RELEASE = """
            DELETE FROM idempotency_record
            WHERE elegoo_user_id = ? AND idempotency_key = ? AND state = 'RUNNING'""";
    private static final String PURGE_EXPIRED = "DELETE FROM idempotency_record WHERE expires_at <= ?";
    private static final String FIND = """
            SELECT request_hash, state, response_status, response_body, expires_at FROM idempotency_record
            WHERE elegoo_user_id = ? AND idempotency_key = ? AND expires_at > ?""";

    private final JdbcOperations jdbc;

    public JdbcIdempotencyRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Claim claim(IdempotencyKey key, String requestHash, Instant now, Instant expiresAt) {
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            if (insertUnlessPresent(key, requestHash, expiresAt) || replaceExpired(key, requestHash, now, expiresAt)) {
                return new Claim.Won();
            }
            Optional<Entry> holder = find(key, now);
            if (holder.isPresent()) {
                return new Claim.Lost(holder.get());
            }
        }
        return new Claim.Lost(new Entry(requestHash, new State.Running(), expiresAt));
    }

    @Override
    public void complete(IdempotencyKey key, RecordedResponse response) {
        jdbc.prepareStatement(COMPLETE, statement -> {
            statement.setInt(1, response.status());
            statement.setString(2, response.body());
            statement.setString(3, key.user().value());
            statement.setString(4, key.value());
            return statement.executeUpdate();
        });
    }

    @Override
    public void release(IdempotencyKey key) {
        jdbc.prepareStatement(RELEASE, statement -> {
            statement.setString(1, key.user().value());
            statement.setString(2, key.value());
            return statement.executeUpdate();
        });
    }

    @Override
    public int purgeExpired(Instant now) {
        return jdbc.prepareStatement(PURGE_EXPIRED, statement -> {
            Timestamps.set(statement, 1, now);
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<Entry> find(IdempotencyKey key, Instant now) {
        return jdbc.prepareStatement(FIND, statement -> {
            statement.setString(1, key.user().value());
            statement.setString(2, key.value());
            Timestamps.set(statement, 3, now);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(entry(row)) : Optional.empty();
            }
        });
    }

    private boolean insertUnlessPresent(IdempotencyKey key, String requestHash, Instant expiresAt) {
        return jdbc.prepareStatement(INSERT_UNLESS_PRESENT, statement -> {
            statement.setString(1, key.user().value());
            statement.setString(2, key.value());
            statement.setString(3, requestHash);
            Timestamps.set(statement, 4, expiresAt);
            return statement.executeUpdate() == 1;
        });
    }

    private boolean replaceExpired(IdempotencyKey key, String requestHash, Instant now, Instant expiresAt) {
        return jdbc.prepareStatement(REPLACE_EXPIRED, statement -> {
            statement.setString(1, requestHash);
            Timestamps.set(statement, 2, expiresAt);
            statement.setString(3, key.user().value());
            statement.setString(4, key.value());
            Timestamps.set(statement, 5, now);
            return statement.executeUpdate() == 1;
        });
    }

    private static Entry entry(ResultSet row) throws SQLException {
        State state = switch (row.getString("state")) {
            case "RUNNING" -> new State.Running();
            case "COMPLETED" -> new State.Completed(
                    new RecordedResponse(row.getInt("response_status"), row.getString("response_body")));
            default -> throw new IllegalStateException("unknown idempotency state " + row.getString("state"));
        };
        return new Entry(row.getString("request_hash"), state, Timestamps.get(row, "expires_at"));
    }
}
