package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryAccessTokenRepository;
import dev.slicewise.application.inmemory.InMemoryIdempotencyRecords;
import dev.slicewise.application.port.in.Authenticated;
import dev.slicewise.application.port.in.Idempotent;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.application.port.in.RecordedResponse;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunIdempotentlyServiceTest {

    private static final ElegooUserId ALICE = new ElegooUserId("alice");
    private static final Credentials ALICE_CREDENTIALS = new Credentials(ALICE, new AccessToken("alice-token"));
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TTL = Duration.ofHours(1);
    private static final IdempotentRequest REQUEST = new IdempotentRequest(ALICE_CREDENTIALS, "order-1", "a".repeat(64));
    private static final RecordedResponse OK = new RecordedResponse(200, "{\"text\":\"done\"}");
    private static final RecordedResponse REFUSED = new RecordedResponse(402, "{\"error\":\"no credits\"}");

    private final InMemoryAccessTokenRepository tokens = new InMemoryAccessTokenRepository();
    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();
    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void registerAlice() {
        tokens.upsert(new UserAccessToken(ALICE, new AccessToken("alice-token").hash(), NOW.plus(Duration.ofDays(2))));
    }

    @Test
    void givenFreeKey_run_runsTheAttempt_andARetryGetsTheStoredAnswerWithoutRunning() {
        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW).run(REQUEST, counted(OK)));

        assertEquals(accepted(new Idempotent.Replayed(OK)), service(NOW).run(REQUEST, counted(OK)));
        assertEquals(1, attempts.get());
    }

    @Test
    void givenA201_run_keepsItForTheRetryToo() {
        RecordedResponse created = new RecordedResponse(201, "{\"analysis\":\"done\"}");
        service(NOW).run(REQUEST, counted(created));

        assertEquals(accepted(new Idempotent.Replayed(created)), service(NOW).run(REQUEST, counted(created)));
        assertEquals(1, attempts.get());
    }

    @Test
    void givenAnswerOtherThan200_run_freesTheKeySoTheRetryRunsAgain() {
        service(NOW).run(REQUEST, counted(REFUSED));

        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW).run(REQUEST, counted(OK)));
        assertEquals(2, attempts.get());
    }

    @Test
    void givenAttemptThatThrows_run_rethrowsAndFreesTheKey() {
        IllegalStateException failure = new IllegalStateException("model broke");

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> service(NOW).run(REQUEST, () -> { throw failure; })));
        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW).run(REQUEST, counted(OK)));
    }

    @Test
    void givenKeyStillRunning_run_answersStillRunningWithoutRunning() {
        Supplier<RecordedResponse> retriedMeanwhile = () -> {
            assertEquals(accepted(new Idempotent.StillRunning()), service(NOW).run(REQUEST, counted(OK)));
            return OK;
        };

        service(NOW).run(REQUEST, retriedMeanwhile);

        assertEquals(0, attempts.get());
    }

    @Test
    void givenKeyUsedByAnotherRequest_run_answersKeyReusedWithoutRunning() {
        service(NOW).run(REQUEST, counted(OK));

        IdempotentRequest other = new IdempotentRequest(ALICE_CREDENTIALS, REQUEST.key(), "b".repeat(64));
        assertEquals(accepted(new Idempotent.KeyReused()), service(NOW).run(other, counted(OK)));
        assertEquals(1, attempts.get());
    }

    @Test
    void givenExpiredKey_run_runsAgain() {
        service(NOW).run(REQUEST, counted(OK));

        assertEquals(accepted(new Idempotent.Ran(OK)), service(NOW.plus(TTL)).run(REQUEST, counted(OK)));
        assertEquals(2, attempts.get());
    }

    @Test
    void givenWrongToken_run_rejectsWithoutRunning() {
        IdempotentRequest stranger = new IdempotentRequest(
                new Credentials(ALICE, new AccessToken("guessed")), REQUEST.key(), REQUEST.requestHash());
        service(NOW).run(REQUEST, counted(OK));

        assertEquals(new Authenticated.Rejected<Idempotent>(), service(NOW).run(stranger, counted(OK)));
        assertEquals(1, attempts.get());
    }

    private RunIdempotentlyService service(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new RunIdempotentlyService(new CredentialsCheck(tokens, clock), records, clock, TTL);
    }

    private Supplier<RecordedResponse> counted(RecordedResponse response) {
        return () -> {
            attempts.incrementAndGet();
            return response;
        };
    }

    private static Authenticated<Idempotent> accepted(Idempotent outcome) {
        return new Authenticated.Accepted<>(outcome);
    }
}
