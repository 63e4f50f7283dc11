package dev.slicewise.domain.user;

import dev.slicewise.domain.Require;

/** What an end user presents on every functional call. */
public record Credentials(UserId userId, AccessToken token) {

    public Credentials {
        Require.present(userId, "user id");
        Require.present(token, "access_token");
    }
}
