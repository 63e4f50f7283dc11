package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.domain.apikey.ApiKey;
import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.user.TokenHash;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The native API's keys in the {@code api_key} table, found by the hash of their secret (a unique index). An issued
 * key is durable before its secret is handed out ({@link DurableCommits}); a revoked one keeps its row with
 * {@code revoked_at} and is neither listed nor found.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcApiKeyRepository implements ApiKeyRepository {

    private static final String COLUMNS = "id, name, secret_hash, rate_limit_per_minute, created_at, last_used_at";
    private static final String INSERT = """
            INSERT INTO api_key (id, name, secret_hash, rate_limit_per_minute, created_at) VALUES (?, ?, ?, ?, ?)""";
    private static final String ACTIVE =
            "SELECT " + COLUMNS + " FROM api_key WHERE revoked_at IS NULL ORDER BY created_at, id";
    private static final String BY_SECRET =
            "SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = ? AND revoked_at IS NULL";
    private static final String REVOKE = "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL";
    private static final String MARK_USED = """
            UPDATE api_key SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)""";

    private final JdbcOperations jdbc;
    private final DurableCommits durable;

    public JdbcApiKeyRepository(JdbcOperations jdbc, DurableCommits durable) {
        this.jdbc = jdbc;
        this.durable = durable;
    }

    @Override
    public void add(ApiKey key) {
        durable.write(() -> jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, key.id().value());
            statement.setString(2, key.name());
            statement.setString(3, key.secretHash().hex());
            statement.setInt(4, key.rateLimitPerMinute());
            Timestamps.set(statement, 5, key.createdAt());
            return statement.executeUpdate();
        }));
    }

    @Override
    @Connectable
    public List<ApiKey> active() {
        return jdbc.prepareStatement(ACTIVE, statement -> {
            List<ApiKey> keys = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(key(rows));
                }
            }
            return keys;
        });
    }

    @Override
    @Connectable
    public Optional<ApiKey> findBySecret(TokenHash secretHash) {
        return jdbc.prepareStatement(BY_SECRET, statement -> {
            statement.setString(1, secretHash.hex());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(key(row)) : Optional.empty();
            }
        });
    }

    @Override
    public boolean revoke(ApiKeyId id, Instant at) {
        return durable.write(() -> jdbc.prepareStatement(REVOKE, statement -> {
            Timestamps.set(statement, 1, at);
            statement.setString(2, id.value());
            return statement.executeUpdate() == 1;
        }));
    }

    /** Only ever moves forward: two nodes marking the same key keep the later time. */
    @Override
    @Connectable
    public void markUsed(ApiKeyId id, Instant at) {
        jdbc.prepareStatement(MARK_USED, statement -> {
            Timestamps.set(statement, 1, at);
            statement.setString(2, id.value());
            Timestamps.set(statement, 3, at);
            return statement.executeUpdate();
        });
    }

    private static ApiKey key(ResultSet row) throws SQLException {
        OffsetDateTime lastUsed = row.getObject("last_used_at", OffsetDateTime.class);
        return new ApiKey(new ApiKeyId(row.getString("id")), row.getString("name"),
                new TokenHash(row.getString("secret_hash")), row.getInt("rate_limit_per_minute"),
                Timestamps.get(row, "created_at"), Optional.ofNullable(lastUsed).map(OffsetDateTime::toInstant));
    }
}
