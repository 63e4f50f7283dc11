package dev.slicewise.application.service;

import dev.slicewise.application.port.in.ManageApiKeysUseCase;
import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.domain.apikey.ApiKey;
import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.user.TokenHash;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues keys with 256 random bits of secret ({@code sw_} and 43 URL-safe base64 characters), kept as their SHA-256,
 * and an id of 128 random bits; lists and revokes them.
 */
public final class ManageApiKeysService implements ManageApiKeysUseCase {

    /** The prefix of every secret, so that a leaked one is recognised for what it is. */
    public static final String SECRET_PREFIX = "sw_";

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final int defaultRateLimitPerMinute;
    private final SecureRandom random = new SecureRandom();

    public ManageApiKeysService(ApiKeyRepository keys, Clock clock, int defaultRateLimitPerMinute) {
        if (defaultRateLimitPerMinute < 1 || defaultRateLimitPerMinute > ApiKey.MAX_RATE_LIMIT_PER_MINUTE) {
            throw new IllegalArgumentException("the default rate limit per minute must be 1 to "
                    + ApiKey.MAX_RATE_LIMIT_PER_MINUTE);
        }
        this.keys = keys;
        this.clock = clock;
        this.defaultRateLimitPerMinute = defaultRateLimitPerMinute;
    }

    @Override
    public IssuedApiKey issue(NewApiKey request) {
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        ApiKey key = new ApiKey(new ApiKeyId(ApiKeyId.PREFIX + HexFormat.of().formatHex(randomBytes(16))),
                request.name(), TokenHash.of(secret),
                request.rateLimitPerMinute().orElse(defaultRateLimitPerMinute), clock.instant(), Optional.empty());
        keys.add(key);
        return new IssuedApiKey(key, secret);
    }

    @Override
    public List<ApiKey> list() {
        return keys.active();
    }

    @Override
    public boolean revoke(ApiKeyId id) {
        return keys.revoke(id, clock.instant());
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
