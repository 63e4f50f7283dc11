package dev.slicewise.application.service;

import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase;
import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.RateLimitCounter;
import dev.slicewise.domain.apikey.ApiKey;
import dev.slicewise.domain.apikey.RateAdmission;
import dev.slicewise.domain.user.TokenHash;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the key by the hash of the presented secret (a secret of 256 random bits: its hash names it, and a lookup by
 * hash tells nothing of the secret's characters), compares the hashes in constant time, then counts the request
 * against the key's per-minute limit. An admitted request marks the key used; a refused one is counted in the metrics.
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    private final ApiKeyRepository keys;
    private final RateLimitCounter counter;
    private final Clock clock;
    private final Metrics metrics;

    public AuthenticateApiKeyService(ApiKeyRepository keys, RateLimitCounter counter, Clock clock, Metrics metrics) {
        this.keys = keys;
        this.counter = counter;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public KeyAdmission admit(String presentedSecret) {
        if (presentedSecret == null || presentedSecret.isBlank()) {
            return new Unknown();
        }
        TokenHash presented = TokenHash.of(presentedSecret);
        Optional<ApiKey> key = keys.findBySecret(presented).filter(found -> found.secretHash().matches(presented));
        if (key.isEmpty()) {
            return new Unknown();
        }
        Instant now = clock.instant();
        RateAdmission rate = counter.admit(key.get().id(), key.get().rateLimitPerMinute(), now);
        if (!rate.admitted()) {
            metrics.rateLimited();
            return new Limited(rate);
        }
        keys.markUsed(key.get().id(), now);
        return new Admitted(key.get().owner(), rate);
    }
}
