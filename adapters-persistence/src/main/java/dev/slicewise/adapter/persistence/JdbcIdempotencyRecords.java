package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.IdempotencyKey;
import dev.slicewise.application.port.out.IdempotencyRecords;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Idempotency records in the {@code idempotency_record} table. Every statement commits on its own: a claim is an
 * insert that the unique key on {@code (elegoo_user_id, idempotency_key)} lets only one node win, or a conditional
 * update that only one node can make (the replacement of an expired record, or the takeover of a running one whose
 * lease has ended); nothing is held while the request runs. A completed answer is durable before {@link #complete}
 * returns ({@link DurableCommits}). So is a won claim when its request id is about to leave the service, which is
 * when charges go to the credits API ({@code SLICEWISE_CREDITS_MODE=elegoo}); a charge of the embedded ledger is a
 * later commit of the same database, which cannot survive a crash without the claim before it.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcIdempotencyRecords implements IdempotencyRecords {

    /** A record released between a failed insert and the read is claimed again; more rounds mean a busy key. */
    private static final int CLAIM_ROUNDS = 3;

    private static final String INSERT_UNLESS_PRESENT = """
            INSERT INTO idempotency_record
                (elegoo_user_id, idempotency_key, request_hash, request_id, state, lease_until, expires_at)
            VALUES (?, ?, ?, ?, 'RUNNING', ?, ?) ON CONFLICT DO NOTHING""";
    private static final String REPLACE_EXPIRED = """
            UPDATE idempotency_record
            SET request_hash = ?, request_id = ?, state = 'RUNNING', response_body = NULL,
                lease_until = ?, expires_at = ?
            WHERE elegoo_user_id = ? AND idempotency_key = ? AND expires_at <= ?""";
    private static final String TAKE_OVER = """
            UPDATE idempotency_record SET lease_until = ?, expires_at = ?
            WHERE elegoo_user_id = ? AND idempotency_key = ? AND state = 'RUNNING' AND request_hash = ?
              AND lease_until <= ? AND expires_at > ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_record
            SET state = 'COMPLETED', response_body = ?, lease_until = NULL
            WHERE elegoo_user_id = ? AND idempotency_key = ? AND state = 'RUNNING'""";
    private static final String RELEASE = """
            DELETE FROM idempotency_record
            WHERE elegoo_user_id = ? AND idempotency_key = ? AND state = 'RUNNING'""";
    private static final String END_LEASE = """
            UPDATE idempotency_record SET lease_until = ?
            WHERE elegoo_user_id = ? AND idempotency_key = ? AND state = 'RUNNING' AND lease_until > ?""";
    private static final String PURGE_EXPIRED = "DELETE FROM idempotency_record WHERE expires_at <= ?";
    private static final String FIND = """
            SELECT request_hash, request_id, state, lease_until, response_body, expires_at
            FROM idempotency_record WHERE elegoo_user_id = ? AND idempotency_key = ? AND expires_at > ?""";

    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;
    private final DurableCommits durable;
    private final boolean chargesLeaveTheService;

    public JdbcIdempotencyRecords(JdbcOperations jdbc, ConnectionOperations<Connection> connections,
                                  DurableCommits durable,
                                  @Value("${slicewise.credits.mode:ledger}") String creditsMode) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.durable = durable;
        this.chargesLeaveTheService = creditsMode.equals("elegoo");
    }

    @Override
    public Claim claim(IdempotencyKey key, Claiming claim) {
        Supplier<Claim> claiming = () -> claimOnce(key, claim);
        return chargesLeaveTheService ? durable.write(claiming)
                : DatabaseOutages.translating(() -> connections.executeWrite(status -> claiming.get()));
    }

    private Claim claimOnce(IdempotencyKey key, Claiming claim) {
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            if (insertUnlessPresent(key, claim) || replaceExpired(key, claim)) {
                return new Claim.Won(claim.requestId());
            }
            boolean tookOver = takeOver(key, claim);
            Optional<Entry> holder = find(key, claim.now());
            if (holder.isPresent()) {
                return tookOver ? new Claim.Won(holder.get().requestId()) : new Claim.Lost(holder.get());
            }
        }
        return new Claim.Lost(new Entry(claim.requestHash(), claim.requestId(), new State.Running(claim.leaseUntil()),
                claim.expiresAt()));
    }

    @Override
    public void complete(IdempotencyKey key, String body) {
        durable.write(() -> jdbc.prepareStatement(COMPLETE, statement -> {
            statement.setString(1, body);
            statement.setString(2, key.user().value());
            statement.setString(3, key.value());
            return statement.executeUpdate();
        }));
    }

    @Override
    @Connectable
    public void release(IdempotencyKey key) {
        jdbc.prepareStatement(RELEASE, statement -> {
            statement.setString(1, key.user().value());
            statement.setString(2, key.value());
            return statement.executeUpdate();
        });
    }

    @Override
    @Connectable
    public void endLease(IdempotencyKey key, Instant now) {
        jdbc.prepareStatement(END_LEASE, statement -> {
            Timestamps.set(statement, 1, now);
            statement.setString(2, key.user().value());
            statement.setString(3, key.value());
            Timestamps.set(statement, 4, now);
            return statement.executeUpdate();
        });
    }

    @Override
    @Connectable
    public int purgeExpired(Instant now) {
        return jdbc.prepareStatement(PURGE_EXPIRED, statement -> {
            Timestamps.set(statement, 1, now);
            return statement.executeUpdate();
        });
    }

    @Override
    @Connectable
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

    private boolean insertUnlessPresent(IdempotencyKey key, Claiming claim) {
        return jdbc.prepareStatement(INSERT_UNLESS_PRESENT, statement -> {
            statement.setString(1, key.user().value());
            statement.setString(2, key.value());
            statement.setString(3, claim.requestHash());
            statement.setString(4, claim.requestId());
            Timestamps.set(statement, 5, claim.leaseUntil());
            Timestamps.set(statement, 6, claim.expiresAt());
            return statement.executeUpdate() == 1;
        });
    }

    private boolean replaceExpired(IdempotencyKey key, Claiming claim) {
        return jdbc.prepareStatement(REPLACE_EXPIRED, statement -> {
            statement.setString(1, claim.requestHash());
            statement.setString(2, claim.requestId());
            Timestamps.set(statement, 3, claim.leaseUntil());
            Timestamps.set(statement, 4, claim.expiresAt());
            statement.setString(5, key.user().value());
            statement.setString(6, key.value());
            Timestamps.set(statement, 7, claim.now());
            return statement.executeUpdate() == 1;
        });
    }

    private boolean takeOver(IdempotencyKey key, Claiming claim) {
        return jdbc.prepareStatement(TAKE_OVER, statement -> {
            Timestamps.set(statement, 1, claim.leaseUntil());
            Timestamps.set(statement, 2, claim.expiresAt());
            statement.setString(3, key.user().value());
            statement.setString(4, key.value());
            statement.setString(5, claim.requestHash());
            Timestamps.set(statement, 6, claim.now());
            Timestamps.set(statement, 7, claim.now());
            return statement.executeUpdate() == 1;
        });
    }

    private static Entry entry(ResultSet row) throws SQLException {
        State state = switch (row.getString("state")) {
            case "RUNNING" -> new State.Running(Timestamps.get(row, "lease_until"));
            case "COMPLETED" -> new State.Completed(row.getString("response_body"));
            default -> throw new IllegalStateException("unknown idempotency state " + row.getString("state"));
        };
        return new Entry(row.getString("request_hash"), row.getString("request_id"), state,
                Timestamps.get(row, "expires_at"));
    }
}
