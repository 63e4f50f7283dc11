package dev.slicewise.domain.user;

import dev.slicewise.domain.Require;

/** A user's access token as the partner registered it. A secret: never printed, stored only as a {@link TokenHash}. */
public record AccessToken(String value) {

    public static final int MAX_LENGTH = 512;

    public AccessToken {
        Require.text(value, "access_token", MAX_LENGTH);
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
