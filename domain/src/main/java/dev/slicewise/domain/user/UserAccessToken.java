package dev.slicewise.domain.user;

import dev.slicewise.domain.Require;

import java.time.Instant;

/** The stored registration of a user's access token: only its hash and when it expires. */
public record UserAccessToken(UserId userId, TokenHash tokenHash, Instant expiresAt) {

    public UserAccessToken {
        Require.present(userId, "user id");
        Require.present(tokenHash, "token hash");
        Require.present(expiresAt, "expires_at");
    }

    /** True when the presented token is this one and has not expired at {@code now}. */
    public boolean admits(AccessToken presented, Instant now) {
        boolean sameToken = tokenHash.matches(presented.hash());
        return sameToken && now.isBefore(expiresAt);
    }
}
