package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.IdempotencyKey;
import dev.slicewise.application.port.out.IdempotencyRecords;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private final Map<IdempotencyKey, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Claim claim(IdempotencyKey key, Claiming claim) {
        Claim[] result = new Claim[1];
        entries.compute(key, (k, held) -> {
            if (held == null || !held.expiresAt().isAfter(claim.now())) {
                result[0] = new Claim.Won(claim.requestId());
                return new Entry(claim.requestHash(), claim.requestId(), new State.Running(claim.leaseUntil()),
                        claim.expiresAt());
            }
            if (held.state() instanceof State.Running running && !running.leaseUntil().isAfter(claim.now())
                    && held.requestHash().equals(claim.requestHash())) {
                result[0] = new Claim.Won(held.requestId());
                return new Entry(held.requestHash(), held.requestId(), new State.Running(claim.leaseUntil()),
                        claim.expiresAt());
            }
            result[0] = new Claim.Lost(held);
            return held;
        });
        return result[0];
    }

    @Override
    public void complete(IdempotencyKey key, String body) {
        entries.computeIfPresent(key, (k, held) -> held.state() instanceof State.Running
                ? new Entry(held.requestHash(), held.requestId(), new State.Completed(body), held.expiresAt())
                : held);
    }

    @Override
    public void release(IdempotencyKey key) {
        entries.computeIfPresent(key, (k, held) -> held.state() instanceof State.Running ? null : held);
    }

    @Override
    public void endLease(IdempotencyKey key, Instant now) {
        entries.computeIfPresent(key, (k, held) -> held.state() instanceof State.Running running
                && running.leaseUntil().isAfter(now)
                ? new Entry(held.requestHash(), held.requestId(), new State.Running(now), held.expiresAt())
                : held);
    }

    @Override
    public Optional<Entry> find(IdempotencyKey key, Instant now) {
        return Optional.ofNullable(entries.get(key)).filter(entry -> entry.expiresAt().isAfter(now));
    }

    @Override
    public int purgeExpired(Instant now) {
        int purged = 0;
        for (IdempotencyKey key : entries.keySet()) {
            if (entries.computeIfPresent(key, (k, held) -> held.expiresAt().isAfter(now) ? held : null) == null) {
                purged++;
            }
        }
        return purged;
    }
}
