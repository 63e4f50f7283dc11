package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Authenticated;
import dev.slicewise.application.port.in.Idempotent;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.application.port.in.RecordedResponse;
import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.application.port.out.IdempotencyKey;
import dev.slicewise.application.port.out.IdempotencyRecords;
import dev.slicewise.application.port.out.IdempotencyRecords.Claim;
import dev.slicewise.application.port.out.IdempotencyRecords.Entry;
import dev.slicewise.application.port.out.IdempotencyRecords.State;
import dev.slicewise.domain.Require;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Claims the key, runs the attempt, then keeps a 200 or frees the key. Nothing is held while the attempt runs: the
 * claim is one insert, and the store's unique key decides between racing requests.
 */
public final class RunIdempotentlyService implements RunIdempotentlyUseCase {

    private static final System.Logger LOG = System.getLogger(RunIdempotentlyService.class.getName());

    private final CredentialsCheck credentials;
    private final IdempotencyRecords records;
    private final Clock clock;
    private final Duration ttl;

    public RunIdempotentlyService(CredentialsCheck credentials, IdempotencyRecords records, Clock clock, Duration ttl) {
        this.credentials = credentials;
        this.records = records;
        this.clock = clock;
        if (Require.present(ttl, "ttl").isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, got " + ttl);
        }
        this.ttl = ttl;
    }

    @Override
    public Authenticated<Idempotent> run(IdempotentRequest request, Supplier<RecordedResponse> attempt) {
        return credentials.authenticate(request.credentials())
                .<Authenticated<Idempotent>>map(user -> new Authenticated.Accepted<>(
                        once(new IdempotencyKey(user, request.key()), request.requestHash(), attempt)))
                .orElseGet(Authenticated.Rejected::new);
    }

    @Override
    public int forgetExpired() {
        return records.purgeExpired(clock.instant());
    }

    private Idempotent once(IdempotencyKey key, String requestHash, Supplier<RecordedResponse> attempt) {
        Instant now = clock.instant();
        return switch (records.claim(key, requestHash, now, now.plus(ttl))) {
            case Claim.Won won -> new Idempotent.Ran(attempt(key, attempt));
            case Claim.Lost lost -> answerFor(lost.holder(), requestHash);
        };
    }

    private static Idempotent answerFor(Entry holder, String requestHash) {
        if (!holder.requestHash().equals(requestHash)) {
            return new Idempotent.KeyReused();
        }
        return switch (holder.state()) {
            case State.Running running -> new Idempotent.StillRunning();
            case State.Completed completed -> new Idempotent.Replayed(completed.response());
        };
    }

    private RecordedResponse attempt(IdempotencyKey key, Supplier<RecordedResponse> attempt) {
        RecordedResponse response;
        try {
            response = attempt.get();
        } catch (RuntimeException | Error e) {
            records.release(key);
            throw e;
        }
        if (!response.replayable()) {
            records.release(key);
            return response;
        }
        try {
            records.complete(key, response);
        } catch (RuntimeException e) {
            // The answer was produced (and charged): it goes out. The key stays claimed until it expires, so a retry
            // gets 409 rather than a second charge.
            LOG.log(System.Logger.Level.WARNING, "could not keep the answer of an idempotent request", e);
        }
        return response;
    }
}
