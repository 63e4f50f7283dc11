package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryAccessTokenRepository;
import dev.slicewise.application.inmemory.InMemoryIdempotencyRecords;
import dev.slicewise.application.port.in.Authenticated;
import dev.slicewise.application.port.in.Idempotent;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.application.port.in.RecordedResponse;
import dev.slicewise.application.port.out.IdempotencyKey;
import dev.slicewise.application.port.out.IdempotencyRecords;
import dev.slicewise.domain.user.AccessToken;
import dev.slicewise.domain.user.Credentials;
import dev.slicewise.domain.user.ElegooUserId;
import dev.slicewise.domain.user.UserAccessToken;
import org.junit.jupiter.api.BeforeEach;
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

    private static final ElegooUserId ALICE = new ElegooUserId("alice");
    private static final Credentials ALICE_CREDENTIALS = new Credentials(ALICE, new AccessToken("alice-token"));
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration TTL = Duration.ofHours(1);
    private static final IdempotentRequest REQUEST = new IdempotentRequest(ALICE_CREDENTIALS, "order-1", "a".repeat(64));
    private static final RecordedResponse OK = new RecordedResponse(200, "{\"text\":\"done\"}");
    private static final RecordedResponse REFUSED = new RecordedResponse(402, "{\"error\":\"no credits\"}");

    private final InMemoryAccessTokenRepository tokens = new InMemoryAccessTokenRepository();
    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();
    private final AtomicInteger idsMade = new AtomicInteger();
    /** The request id of each attempt that ran, in order. */
    private final List<String> attempts = new ArrayList<>();

    @BeforeEach
    void registerAlice() {
        tokens.upsert(new UserAccessToken(ALICE, new AccessToken("alice-token").hash(), NOW.plus(Duration.ofDays(2))));
    }

    @Test
    void givenFreeKey_run_runsTheAttemptUnderANewRequestId_andARetryGetsTheStoredAnswerWithoutRunning() {
        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW).run(REQUEST, counted(OK)));

        assertEquals(accepted(new Idempotent.Replayed(OK)), service(NOW).run(REQUEST, counted(OK)));
        assertEquals(List.of("id-1"), attempts);
    }

    @Test
    void givenA201_run_keepsItForTheRetryToo() {
        RecordedResponse created = new RecordedResponse(201, "{\"analysis\":\"done\"}");
        service(NOW).run(REQUEST, counted(created));

        assertEquals(accepted(new Idempotent.Replayed(created)), service(NOW).run(REQUEST, counted(created)));
        assertEquals(1, attempts.size());
    }

    @Test
    void givenAnswerOtherThanASuccess_run_freesTheKeySoTheRetryRunsAgainUnderANewRequestId() {
        service(NOW).run(REQUEST, counted(REFUSED));

        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW).run(REQUEST, counted(OK)));
        assertEquals(List.of("id-1", "id-2"), attempts);
    }

    @Test
    void givenAttemptThatThrows_run_rethrows_andTheRetryRunsAtOnceUnderTheSameRequestId() {
        IllegalStateException failure = new IllegalStateException("the credits system broke mid-charge");

        assertSame(failure, assertThrows(IllegalStateException.class, () -> service(NOW).run(REQUEST, id -> {
            attempts.add(id);
            throw failure;
        })));

        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW.plusSeconds(1)).run(REQUEST, counted(OK)));
        assertEquals(List.of("id-1", "id-1"), attempts);
    }

    @Test
    void givenAnswerThatCannotBeKept_run_failsInsteadOfAnswering_andTheRetryAfterTheLeaseRunsUnderTheSameRequestId() {
        IllegalStateException outage = new IllegalStateException("the database is down");
        IdempotencyRecords failingOnce = new FailingCompletion(records, outage);

        assertSame(outage, assertThrows(IllegalStateException.class,
                () -> service(NOW, failingOnce).run(REQUEST, counted(OK))));

        assertEquals(accepted(new Idempotent.StillRunning()), service(NOW.plusSeconds(1)).run(REQUEST, counted(OK)));
        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW.plus(LEASE)).run(REQUEST, counted(OK)));
        assertEquals(accepted(new Idempotent.Replayed(OK)), service(NOW.plus(LEASE)).run(REQUEST, counted(OK)));
        assertEquals(List.of("id-1", "id-1"), attempts);
    }

    @Test
    void givenKeyStillRunning_run_answersStillRunningWithoutRunning() {
        Function<String, RecordedResponse> retriedMeanwhile = id -> {
            assertEquals(accepted(new Idempotent.StillRunning()), service(NOW).run(REQUEST, counted(OK)));
            return OK;
        };

        service(NOW).run(REQUEST, retriedMeanwhile);

        assertEquals(List.of(), attempts);
    }

    @Test
    void givenRequestThatDiedHoldingItsKey_run_takesTheKeyOverOnceTheLeaseHasEnded() {
        records.claim(new IdempotencyKey(ALICE, REQUEST.key()), new IdempotencyRecords.Claiming(
                REQUEST.requestHash(), "died", NOW, NOW.plus(LEASE), NOW.plus(TTL)));

        assertEquals(accepted(new Idempotent.StillRunning()),
                service(NOW.plus(LEASE).minusMillis(1)).run(REQUEST, counted(OK)));
        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW.plus(LEASE)).run(REQUEST, counted(OK)));
        assertEquals(List.of("died"), attempts);
    }

    @Test
    void givenKeyUsedByAnotherRequest_run_answersKeyReusedWithoutRunning() {
        service(NOW).run(REQUEST, counted(OK));

        IdempotentRequest other = new IdempotentRequest(ALICE_CREDENTIALS, REQUEST.key(), "b".repeat(64));
        assertEquals(accepted(new Idempotent.KeyReused()), service(NOW).run(other, counted(OK)));
        assertEquals(1, attempts.size());
    }

    @Test
    void givenExpiredKey_run_runsAgainUnderANewRequestId() {
        service(NOW).run(REQUEST, counted(OK));

        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW.plus(TTL)).run(REQUEST, counted(OK)));
        assertEquals(List.of("id-1", "id-2"), attempts);
    }

    @Test
    void givenWrongToken_run_rejectsWithoutRunning() {
        IdempotentRequest stranger = new IdempotentRequest(
                new Credentials(ALICE, new AccessToken("guessed")), REQUEST.key(), REQUEST.requestHash());
        service(NOW).run(REQUEST, counted(OK));

        assertEquals(new Authenticated.Rejected<Idempotent>(), service(NOW).run(stranger, counted(OK)));
        assertEquals(1, attempts.size());
    }

    private RunIdempotentlyService service(Instant now) {
        return service(now, records);
    }

    private RunIdempotentlyService service(Instant now, IdempotencyRecords store) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new RunIdempotentlyService(new CredentialsCheck(tokens, clock), store,
                () -> "id-" + idsMade.incrementAndGet(), clock, LEASE, TTL);
    }

    private Function<String, RecordedResponse> counted(RecordedResponse response) {
        return id -> {
            attempts.add(id);
            return response;
        };
    }

    private static Authenticated<Idempotent> accepted(Idempotent outcome) {
        return new Authenticated.Accepted<>(outcome);
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
        public void complete(IdempotencyKey key, RecordedResponse response) {
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
