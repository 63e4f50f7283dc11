package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.domain.user.Registration;
import dev.slicewise.domain.user.TokenHash;
import dev.slicewise.domain.user.UserAccessToken;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * Registered tokens (their hashes) in the {@code access_token} table. The upsert inserts unless the user already has
 * a row, then replaces it: two nodes registering the same new user at once get one CREATED and one UPDATED. A
 * registration is durable before it is acknowledged ({@link DurableCommits}): the user goes on with that token.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcAccessTokenRepository implements AccessTokenRepository {

    private static final String FIND = "SELECT token_hash, expires_at FROM access_token WHERE elegoo_user_id = ?";
    private static final String INSERT_UNLESS_PRESENT = """
            INSERT INTO access_token (elegoo_user_id, token_hash, expires_at) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String REPLACE =
            "UPDATE access_token SET token_hash = ?, expires_at = ? WHERE elegoo_user_id = ?";

    private final JdbcOperations jdbc;
    private final DurableCommits durable;

    public JdbcAccessTokenRepository(JdbcOperations jdbc, DurableCommits durable) {
        this.jdbc = jdbc;
        this.durable = durable;
    }

    @Override
    @Connectable
    public Optional<UserAccessToken> find(UserId userId) {
        return jdbc.prepareStatement(FIND, statement -> {
            statement.setString(1, userId.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new UserAccessToken(
                                userId, new TokenHash(row.getString("token_hash")), Timestamps.get(row, "expires_at")))
                        : Optional.empty();
            }
        });
    }

    @Override
    public Registration upsert(UserAccessToken token) {
        return durable.write(() -> insertOrReplace(token));
    }

    private Registration insertOrReplace(UserAccessToken token) {
        if (insertUnlessPresent(token)) {
            return Registration.CREATED;
        }
        jdbc.prepareStatement(REPLACE, statement -> {
            statement.setString(1, token.tokenHash().hex());
            Timestamps.set(statement, 2, token.expiresAt());
            statement.setString(3, token.userId().value());
            return statement.executeUpdate();
        });
        return Registration.UPDATED;
    }

    private boolean insertUnlessPresent(UserAccessToken token) {
        return jdbc.prepareStatement(INSERT_UNLESS_PRESENT, statement -> {
            statement.setString(1, token.userId().value());
            statement.setString(2, token.tokenHash().hex());
            Timestamps.set(statement, 3, token.expiresAt());
            return statement.executeUpdate() == 1;
        });
    }
}
