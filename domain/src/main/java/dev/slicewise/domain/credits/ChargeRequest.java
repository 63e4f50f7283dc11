package dev.slicewise.domain.credits;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.user.ElegooUserId;

/** A charge for one request: who pays, how much, and the request's unique id (sent on to the credits system). */
public record ChargeRequest(ElegooUserId user, Credits amount, String requestId) {

    public ChargeRequest {
        Require.present(user, "user");
        Require.present(amount, "amount");
        Require.text(requestId, "requestId", 128);
    }
}
