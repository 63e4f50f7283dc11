package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.domain.apikey.ApiKey;
import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.user.TokenHash;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final Map<ApiKeyId, ApiKey> active = new ConcurrentHashMap<>();

    @Override
    public void add(ApiKey key) {
        if (active.putIfAbsent(key.id(), key) != null) {
            throw new IllegalStateException("a key with the id " + key.id() + " exists");
        }
    }

    @Override
    public List<ApiKey> active() {
        return active.values().stream()
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(key -> key.id().value()))
                .toList();
    }

    @Override
    public Optional<ApiKey> findBySecret(TokenHash secretHash) {
        return active.values().stream().filter(key -> key.secretHash().equals(secretHash)).findFirst();
    }

    @Override
    public boolean revoke(ApiKeyId id, Instant at) {
        return active.remove(id) != null;
    }

    @Override
    public void markUsed(ApiKeyId id, Instant at) {
        active.computeIfPresent(id, (ignored, key) -> new ApiKey(key.id(), key.name(), key.secretHash(),
                key.rateLimitPerMinute(), key.createdAt(), Optional.of(at)));
    }
}
