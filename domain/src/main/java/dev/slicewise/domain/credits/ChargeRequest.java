package dev.slicewise.domain.credits;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.user.UserId;

/**
 * A charge for one request: who pays, how much, and the request's id (sent on to the credits system). The id is the
 * same for every attempt at one request, so that a ledger charges a request once however often it is asked to.
 */
public record ChargeRequest(UserId user, Credits amount, String requestId) {

    public static final int MAX_REQUEST_ID_LENGTH = 64;

    public ChargeRequest {
        Require.present(user, "user");
        Require.present(amount, "amount");
        Require.text(requestId, "requestId", MAX_REQUEST_ID_LENGTH);
    }
}
