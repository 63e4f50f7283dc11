package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;

/**
 * A request that must take effect once: its idempotency key (sent or derived) and a hash of the whole request, which
 * tells a retry from another request reusing the key.
 */
public record IdempotentRequest(String key, String requestHash) {

    public static final int MAX_KEY_LENGTH = 255;

    public IdempotentRequest {
        Require.text(key, "Idempotency-Key", MAX_KEY_LENGTH);
        Require.text(requestHash, "request hash", 128);
    }
}
