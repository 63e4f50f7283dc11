package dev.slicewise.domain.apikey;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.user.TokenHash;
import dev.slicewise.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * A key of the native API, issued by the operator: its id, a name for people, the hash of its secret (the secret
 * itself is shown once, when the key is issued), its requests per minute, when it was issued and last used.
 * <p>
 * The key is its own owner: the {@link UserId} it acts for is its id, so every session, message, feedback and charge
 * made with it belongs to it alone, and the embedded credit ledger keeps one account per key.
 */
public record ApiKey(ApiKeyId id, String name, TokenHash secretHash, int rateLimitPerMinute, Instant createdAt,
                     Optional<Instant> lastUsedAt) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_RATE_LIMIT_PER_MINUTE = 100_000;

    public ApiKey {
        Require.present(id, "id");
        Require.text(name, "name", MAX_NAME_LENGTH);
        Require.present(secretHash, "secret hash");
        if (rateLimitPerMinute < 1 || rateLimitPerMinute > MAX_RATE_LIMIT_PER_MINUTE) {
            throw new IllegalArgumentException("rate limit per minute must be 1 to " + MAX_RATE_LIMIT_PER_MINUTE);
        }
        Require.present(createdAt, "created at");
        Require.present(lastUsedAt, "last used at");
    }

    /** Who the key's requests act for (and are charged to). */
    public UserId owner() {
        return new UserId(id.value());
    }
}
