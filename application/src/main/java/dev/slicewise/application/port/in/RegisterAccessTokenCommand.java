package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.user.AccessToken;
import dev.slicewise.domain.user.TokenLifetime;
import dev.slicewise.domain.user.UserId;

/** Register or replace a user's access token, valid for a lifetime from now. */
public record RegisterAccessTokenCommand(UserId userId, AccessToken token, TokenLifetime lifetime) {

    public RegisterAccessTokenCommand {
        Require.present(userId, "user id");
        Require.present(token, "access_token");
        Require.present(lifetime, "expire_in");
    }
}
