package dev.slicewise.application.service;

import dev.slicewise.application.port.in.RegisterAccessTokenCommand;
import dev.slicewise.application.port.in.RegisterAccessTokenUseCase;
import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.domain.user.Registration;
import dev.slicewise.domain.user.UserAccessToken;

import java.time.Clock;

public final class RegisterAccessTokenService implements RegisterAccessTokenUseCase {

    private final AccessTokenRepository tokens;
    private final Clock clock;

    public RegisterAccessTokenService(AccessTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Registration register(RegisterAccessTokenCommand command) {
        var expiresAt = command.lifetime().expiryFrom(clock.instant());
        return tokens.upsert(new UserAccessToken(command.userId(), command.token().hash(), expiresAt));
    }
}
