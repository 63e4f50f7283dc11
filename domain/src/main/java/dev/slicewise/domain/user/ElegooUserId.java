package dev.slicewise.domain.user;

import dev.slicewise.domain.Require;

/** The partner's identifier of an end user. */
public record ElegooUserId(String value) {

    public static final int MAX_LENGTH = 256;

    public ElegooUserId {
        Require.text(value, "elegoo_user_id", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
