package dev.slicewise.application.port.out;

import dev.slicewise.domain.apikey.ApiKey;
import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.user.TokenHash;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the native API's keys are kept: their hashes, never their secrets. A revoked key is never found again. */
public interface ApiKeyRepository {

    /** Keeps a newly issued key; durable before it returns (the operator hands the secret out). */
    void add(ApiKey key);

    /** Every key not revoked, the oldest first. */
    List<ApiKey> active();

    /** The key not revoked whose secret has this hash. */
    Optional<ApiKey> findBySecret(TokenHash secretHash);

    /** Revokes the key; false when no such key is active (unknown, or revoked already). */
    boolean revoke(ApiKeyId id, Instant at);

    /** Notes that the key was used at that time. */
    void markUsed(ApiKeyId id, Instant at);
}
