package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Attempt;
import dev.slicewise.application.port.in.Idempotent;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.application.port.out.IdGenerator;
import dev.slicewise.application.port.out.IdempotencyKey;
import dev.slicewise.application.port.out.IdempotencyRecords;
import dev.slicewise.application.port.out.IdempotencyRecords.Claim;
import dev.slicewise.application.port.out.IdempotencyRecords.Claiming;
import dev.slicewise.application.port.out.IdempotencyRecords.Entry;
import dev.slicewise.application.port.out.IdempotencyRecords.State;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.domain.Require;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Claims the key, runs the attempt, then keeps a success or frees the key. Nothing is held while the attempt runs: the
 * claim is one write, the store's unique key decides between racing requests, and a lease bounds how long a request
 * that died holds its key.
 * <p>
 * A success is answered only once it is kept: if keeping it fails, the caller gets the failure, and the retry (after
 * the lease) runs again under the same request id, which the ledger and the records charge and keep once. An attempt
 * that answered anything else (a refused charge, bad input) charged nothing and frees the key; one that threw may
 * have charged, so its key goes to the next retry at once, under the same request id. Each replay is counted in the
 * metrics.
 */
public final class RunIdempotentlyService implements RunIdempotentlyUseCase {

    private static final System.Logger LOG = System.getLogger(RunIdempotentlyService.class.getName());

    private final IdempotencyRecords records;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration lease;
    private final Duration ttl;
    private final Metrics metrics;

    public RunIdempotentlyService(IdempotencyRecords records, IdGenerator ids, Clock clock, Duration lease,
                                  Duration ttl, Metrics metrics) {
        this.records = records;
        this.metrics = metrics;
        this.ids = ids;
        this.clock = clock;
        if (Require.present(lease, "lease").isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, got " + lease);
        }
        if (Require.present(ttl, "ttl").compareTo(lease) < 0) {
            throw new IllegalArgumentException("ttl must be at least the lease, got " + ttl + " and " + lease);
        }
        this.lease = lease;
        this.ttl = ttl;
    }

    @Override
    public <R> Idempotent<R> run(UserId user, IdempotentRequest request, Function<String, Attempt<R>> attempt) {
        IdempotencyKey key = new IdempotencyKey(user, request.key());
        Instant now = clock.instant();
        Claiming claiming = new Claiming(request.requestHash(), ids.newId(), now, now.plus(lease), now.plus(ttl));
        return switch (records.claim(key, claiming)) {
            case Claim.Won won -> new Idempotent.Ran<>(attempt(key, won.requestId(), attempt));
            case Claim.Lost lost -> answerFor(lost.holder(), request.requestHash());
        };
    }

    @Override
    public int forgetExpired() {
        return records.purgeExpired(clock.instant());
    }

    private <R> Idempotent<R> answerFor(Entry holder, String requestHash) {
        if (!holder.requestHash().equals(requestHash)) {
            return new Idempotent.KeyReused<>();
        }
        return switch (holder.state()) {
            case State.Running running -> new Idempotent.StillRunning<>();
            case State.Completed completed -> {
                metrics.idempotentReplay();
                yield new Idempotent.Replayed<>(completed.body());
            }
        };
    }

    private <R> R attempt(IdempotencyKey key, String requestId, Function<String, Attempt<R>> attempt) {
        Attempt<R> answered;
        try {
            answered = attempt.apply(requestId);
        } catch (RuntimeException | Error e) {
            endLease(key);
            throw e;
        }
        return switch (answered) {
            case Attempt.Pass<R> pass -> {
                records.release(key);
                yield pass.response();
            }
            case Attempt.Keep<R> keep -> {
                try {
                    records.complete(key, keep.body());
                } catch (RuntimeException e) {
                    endLease(key);
                    throw e;
                }
                yield keep.response();
            }
        };
    }

    /** Best effort: when the store is what failed, the lease ends by itself. */
    private void endLease(IdempotencyKey key) {
        try {
            records.endLease(key, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not end the lease of a failed request; it ends by itself");
        }
    }
}
