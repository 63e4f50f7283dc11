package dev.slicewise.application.port.out;

import dev.slicewise.domain.apikey.ApiKey;
import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.user.TokenHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link ApiKeyRepository} must do; each implementation's test extends this class. */
public abstract class ApiKeyRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-12-07T10:30:00.123456Z");

    private ApiKeyRepository keys;

    /** A repository holding no keys. */
    protected abstract ApiKeyRepository newRepository();

    @BeforeEach
    void createRepository() {
        keys = newRepository();
    }

    @Test
    void givenNoKeys_activeIsEmpty_andNoSecretIsFound() {
        assertEquals(List.of(), keys.active());
        assertEquals(Optional.empty(), keys.findBySecret(TokenHash.of("sw_anything")));
    }

    @Test
    void givenAddedKeys_active_listsThemOldestFirst_andFindsEachBySecret() {
        ApiKey later = key(2, "later", "sw_later", NOW.plusSeconds(5));
        ApiKey earlier = key(1, "earlier", "sw_earlier", NOW);
        keys.add(later);
        keys.add(earlier);

        assertEquals(List.of(earlier, later), keys.active());
        assertEquals(Optional.of(earlier), keys.findBySecret(TokenHash.of("sw_earlier")));
        assertEquals(Optional.of(later), keys.findBySecret(TokenHash.of("sw_later")));
        assertEquals(Optional.empty(), keys.findBySecret(TokenHash.of("sw_other")));
    }

    @Test
    void givenRevokedKey_itIsNeitherListedNorFound_andASecondRevokeSaysSo() {
        ApiKey kept = key(1, "kept", "sw_kept", NOW);
        ApiKey revoked = key(2, "revoked", "sw_revoked", NOW);
        keys.add(kept);
        keys.add(revoked);

        assertTrue(keys.revoke(revoked.id(), NOW.plusSeconds(1)));

        assertEquals(List.of(kept), keys.active());
        assertEquals(Optional.empty(), keys.findBySecret(TokenHash.of("sw_revoked")));
        assertFalse(keys.revoke(revoked.id(), NOW.plusSeconds(2)));
        assertFalse(keys.revoke(new ApiKeyId(ApiKeyId.PREFIX + "f".repeat(32)), NOW));
    }

    @Test
    void givenUsedKey_markUsed_keepsTheLastUse() {
        ApiKey key = key(1, "app", "sw_app", NOW);
        keys.add(key);

        keys.markUsed(key.id(), NOW.plusSeconds(60));
        keys.markUsed(key.id(), NOW.plusSeconds(90));

        ApiKey used = keys.findBySecret(TokenHash.of("sw_app")).orElseThrow();
        assertEquals(Optional.of(NOW.plusSeconds(90)), used.lastUsedAt());
        assertEquals(List.of(used), keys.active());
    }

    private static ApiKey key(int number, String name, String secret, Instant createdAt) {
        ApiKeyId id = new ApiKeyId(ApiKeyId.PREFIX + String.format("%032x", number));
        return new ApiKey(id, name, TokenHash.of(secret), 10 * number, createdAt, Optional.empty());
    }
}
