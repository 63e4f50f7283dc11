package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.domain.user.Registration;
import dev.slicewise.domain.user.UserAccessToken;
import dev.slicewise.domain.user.UserId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAccessTokenRepository implements AccessTokenRepository {

    private final Map<UserId, UserAccessToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<UserAccessToken> find(UserId userId) {
        return Optional.ofNullable(tokens.get(userId));
    }

    @Override
    public Registration upsert(UserAccessToken token) {
        return tokens.put(token.userId(), token) == null ? Registration.CREATED : Registration.UPDATED;
    }
}
