package dev.slicewise.application.service;

import dev.slicewise.application.port.in.AuthenticateUserUseCase;
import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.domain.user.Credentials;
import dev.slicewise.domain.user.TokenHash;
import dev.slicewise.domain.user.UserAccessToken;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Checks a user's credentials against the registered token, in constant time and against the injected clock. */
public final class AuthenticateUserService implements AuthenticateUserUseCase {

    /** Compared against when the user is unknown, so that an unknown user takes as long as a wrong token. */
    private static final UserAccessToken NOBODY = new UserAccessToken(
            new UserId("nobody"), TokenHash.of("no token matches this"), Instant.EPOCH);

    private final AccessTokenRepository tokens;
    private final Clock clock;

    public AuthenticateUserService(AccessTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Optional<UserId> authenticate(Credentials credentials) {
        Instant now = clock.instant();
        Optional<UserAccessToken> registered = tokens.find(credentials.userId());
        boolean admitted = registered.orElse(NOBODY).admits(credentials.token(), now) && registered.isPresent();
        return admitted ? Optional.of(credentials.userId()) : Optional.empty();
    }
}
