package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.user.Credentials;

/**
 * A request that must take effect once: the caller's credentials, its idempotency key (sent or derived) and a hash
 * of the whole request, which tells a retry from another request reusing the key.
 */
public record IdempotentRequest(Credentials credentials, String key, String requestHash) {

    public static final int MAX_KEY_LENGTH = 255;

    public IdempotentRequest {
        Require.present(credentials, "credentials");
        Require.text(key, "Idempotency-Key", MAX_KEY_LENGTH);
        Require.text(requestHash, "request hash", 128);
    }
}
