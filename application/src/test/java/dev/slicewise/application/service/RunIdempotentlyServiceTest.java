package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryIdempotencyRecords;
import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.port.in.Attempt;
import dev.slicewise.application.port.in.Idempotent;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.application.port.out.IdempotencyKey;
import dev.slicewise.application.port.out.IdempotencyRecords;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunIdempotentlyServiceTest {

    private static final UserId ALICE = new UserId("alice");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration TTL = Duration.ofHours(1);
    private static final IdempotentRequest REQUEST = new IdempotentRequest("order-1", "a".repeat(64));
    private static final String OK = "{\"text\":\"done\"}";
    private static final Attempt<String> ANSWERED = new Attempt.Keep<>(OK, "sent: " + OK);
    private static final Attempt<String> REFUSED = new Attempt.Pass<>("402 no credits");

    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();
    private final AtomicInteger idsMade = new AtomicInteger();
    /** The request id of each attempt that ran, in order. */
    private final List<String> attempts = new ArrayList<>();

    @Test
    void givenFreeKey_run_runsTheAttemptUnderANewRequestId_andARetryGetsTheStoredAnswerWithoutRunning() {
        assertEquals(new Idempotent.Ran<>("sent: " + OK), service(NOW).run(ALICE, REQUEST, counted(ANSWERED)));

        assertEquals(new Idempotent.Replayed<>(OK), service(NOW).run(ALICE, REQUEST, counted(ANSWERED)));
        assertEquals(List.of("id-1"), attempts);
    }

    @Test
    void givenAnswerOtherThanASuccess_run_freesTheKeySoTheRetryRunsAgainUnderANewRequestId() {
        service(NOW).run(ALICE, REQUEST, counted(REFUSED));

        assertEquals(new Idempotent.Ran<>("sent: " + OK), service(NOW).run(ALICE, REQUEST, counted(ANSWERED)));
        assertEquals(List.of("id-1", "id-2"), attempts);
    }

    @Test
    void givenAttemptThatThrows_run_rethrows_andTheRetryRunsAtOnceUnderTheSameRequestId() {
        IllegalStateException failure = new IllegalStateException("the credits system broke mid-charge");

        assertSame(failure, assertThrows(IllegalStateException.class, () -> service(NOW).run(ALICE, REQUEST, id -> {
            attempts.add(id);
            throw failure;
        })));

        assertEquals(new Idempotent.Ran<>("sent: " + OK), service(NOW.plusSeconds(1)).run(ALICE, REQUEST, counted(ANSWERED)));
        assertEquals(List.of("id-1", "id-1"), attempts);
    }

    @Test
    void givenAnswerThatCannotBeKept_run_failsInsteadOfAnswering_andTheRetryAfterTheLeaseRunsUnderTheSameRequestId() {
        IllegalStateException outage = new IllegalStateException("the database is down");
        IdempotencyRecords failingOnce = new FailingCompletion(records, outage);

        assertSame(outage, assertThrows(IllegalStateException.class,
                () -> service(NOW, failingOnce).run(ALICE, REQUEST, counted(ANSWERED))));

        assertEquals(new Idempotent.StillRunning<>(), service(NOW.plusSeconds(1)).run(ALICE, REQUEST, counted(ANSWERED)));
        assertEquals(new Idempotent.Ran<>("sent: " + OK), service(NOW.plus(LEASE)).run(ALICE, REQUEST, counted(ANSWERED)));
        assertEquals(new Idempotent.Replayed<>(OK), service(NOW.plus(LEASE)).run(ALICE, REQUEST, counted(ANSWERED)));
        assertEquals(List.of("id-1", "id-1"), attempts);
    }

    @Test
    void givenKeyStillRunning_run_answersStillRunningWithoutRunning() {
        Function<String, Attempt<String>> retriedMeanwhile = id -> {
            assertEquals(new Idempotent.StillRunning<>(), service(NOW).run(ALICE, REQUEST, counted(ANSWERED)));
            return ANSWERED;
        };

        service(NOW).run(ALICE, REQUEST, retriedMeanwhile);

        assertEquals(List.of(), attempts);
    }

    @Test
    void givenRequestThatDiedHoldingItsKey_run_takesTheKeyOverOnceTheLeaseHasEnded() {
        records.claim(new IdempotencyKey(ALICE, REQUEST.key()), new IdempotencyRecords.Claiming(
                REQUEST.requestHash(), "died", NOW, NOW.plus(LEASE), NOW.plus(TTL)));

        assertEquals(new Idempotent.StillRunning<>(),
                service(NOW.plus(LEASE).minusMillis(1)).run(ALICE, REQUEST, counted(ANSWERED)));
        assertEquals(new Idempotent.Ran<>("sent: " + OK), service(NOW.plus(LEASE)).run(ALICE, REQUEST, counted(ANSWERED)));
        assertEquals(List.of("died"), attempts);
    }

    @Test
    void givenKeyUsedByAnotherRequest_run_answersKeyReusedWithoutRunning() {
        service(NOW).run(ALICE, REQUEST, counted(ANSWERED));

        IdempotentRequest other = new IdempotentRequest(REQUEST.key(), "b".repeat(64));
        assertEquals(new Idempotent.KeyReused<>(), service(NOW).run(ALICE, other, counted(ANSWERED)));
        assertEquals(1, attempts.size());
    }

    @Test
    void givenExpiredKey_run_runsAgainUnderANewRequestId() {
        service(NOW).run(ALICE, REQUEST, counted(ANSWERED));

        assertEquals(new Idempotent.Ran<>("sent: " + OK), service(NOW.plus(TTL)).run(ALICE, REQUEST, counted(ANSWERED)));
        assertEquals(List.of("id-1", "id-2"), attempts);
    }

    private RunIdempotentlyService service(Instant now) {
        return service(now, records);
    }

    private RunIdempotentlyService service(Instant now, IdempotencyRecords store) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new RunIdempotentlyService(store, () -> "id-" + idsMade.incrementAndGet(), clock, LEASE, TTL,
                new InMemoryMetrics());
    }

    private Function<String, Attempt<String>> counted(Attempt<String> response) {
        return id -> {
            attempts.add(id);
            return response;
        };
    }

    /** A store that fails to keep the first answer, and to do anything else until then: the database went down. */
    private static final class FailingCompletion implements IdempotencyRecords {
        private final IdempotencyRecords store;
        private final RuntimeException outage;

        FailingCompletion(IdempotencyRecords store, RuntimeException outage) {
            this.store = store;
            this.outage = outage;
        }

        @Override
        public Claim claim(IdempotencyKey key, Claiming claim) {
            return store.claim(key, claim);
        }

        @Override
        public void complete(IdempotencyKey key, String body) {
            throw outage;
        }

        @Override
        public void release(IdempotencyKey key) {
            throw outage;
        }

        @Override
        public void endLease(IdempotencyKey key, Instant now) {
            throw outage;
        }

        @Override
        public Optional<Entry> find(IdempotencyKey key, Instant now) {
            return store.find(key, now);
        }

        @Override
        public int purgeExpired(Instant now) {
            throw outage;
        }
    }
}
