package dev.slicewise.domain.user;

import dev.slicewise.domain.Require;

/** What an end user presents on every functional call. */
public record Credentials(ElegooUserId userId, AccessToken token) {

    public Credentials {
        Require.present(userId, "elegoo_user_id");
        Require.present(token, "access_token");
    }
}
