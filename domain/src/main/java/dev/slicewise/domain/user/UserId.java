package dev.slicewise.domain.user;

import dev.slicewise.domain.Require;

/**
 * Who a request acts for: the end user an inbound adapter authenticated (a partner's user today). Every conversation,
 * charge and record belongs to one.
 */
public record UserId(String value) {

    public static final int MAX_LENGTH = 256;

    public UserId {
        Require.text(value, "user id", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
