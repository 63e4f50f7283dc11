package dev.slicewise.application.port.out;

import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.domain.Require;
import dev.slicewise.domain.user.UserId;

/** An idempotency key, scoped to the user who sent it. */
public record IdempotencyKey(UserId user, String value) {

    public IdempotencyKey {
        Require.present(user, "user");
        Require.text(value, "Idempotency-Key", IdempotentRequest.MAX_KEY_LENGTH);
    }
}
