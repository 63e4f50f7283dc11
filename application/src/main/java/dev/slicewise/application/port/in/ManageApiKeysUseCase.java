package dev.slicewise.application.port.in;

import dev.slicewise.domain.apikey.ApiKey;
import dev.slicewise.domain.apikey.ApiKeyId;

import java.util.List;
import java.util.OptionalInt;

/** The operator issues, lists and revokes the native API's keys. */
public interface ManageApiKeysUseCase {

    /** A new key with a new secret, kept as a hash; the secret is in this answer only. */
    IssuedApiKey issue(NewApiKey request);

    /** Every key not revoked, the oldest first. */
    List<ApiKey> list();

    /** False when no such key is active. */
    boolean revoke(ApiKeyId id);

    /** A key to issue: its name and, when given, its requests per minute (else the configured default). */
    record NewApiKey(String name, OptionalInt rateLimitPerMinute) {
    }

    /** The issued key and its secret, which nothing keeps. */
    record IssuedApiKey(ApiKey key, String secret) {
    }
}
