package dev.slicewise.application.port.out;

import dev.slicewise.application.port.in.RecordedResponse;
import dev.slicewise.application.port.out.IdempotencyRecords.Claim;
import dev.slicewise.application.port.out.IdempotencyRecords.Entry;
import dev.slicewise.application.port.out.IdempotencyRecords.State;
import dev.slicewise.domain.user.ElegooUserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link IdempotencyRecords} must do; each implementation's test extends this class. */
public abstract class IdempotencyRecordsContract {

    private static final ElegooUserId ALICE = new ElegooUserId("alice");
    private static final IdempotencyKey KEY = new IdempotencyKey(ALICE, "order-42");
    private static final String HASH = "a".repeat(64);
    private static final String OTHER_HASH = "b".repeat(64);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofDays(1));
    private static final RecordedResponse ANSWER =
            new RecordedResponse(200, "{\"text\":\"Réglez la première couche à 0,2 mm — 好\"}");

    private IdempotencyRecords records;

    /** A store holding no records. */
    protected abstract IdempotencyRecords newRecords();

    @BeforeEach
    void createRecords() {
        records = newRecords();
    }

    @Test
    void givenFreeKey_claim_winsAndLeavesARunningRecord() {
        assertEquals(new Claim.Won(), records.claim(KEY, HASH, NOW, EXPIRY));

        assertEquals(Optional.of(new Entry(HASH, new State.Running(), EXPIRY)), records.find(KEY, NOW));
    }

    @Test
    void givenRunningRecord_claim_losesToItWhateverTheHash() {
        records.claim(KEY, HASH, NOW, EXPIRY);

        Claim.Lost expected = new Claim.Lost(new Entry(HASH, new State.Running(), EXPIRY));
        assertEquals(expected, records.claim(KEY, HASH, NOW.plusSeconds(1), EXPIRY.plusSeconds(1)));
        assertEquals(expected, records.claim(KEY, OTHER_HASH, NOW.plusSeconds(1), EXPIRY.plusSeconds(1)));
    }

    @Test
    void givenCompletedRecord_claim_losesToTheExactStoredResponse() {
        records.claim(KEY, HASH, NOW, EXPIRY);
        records.complete(KEY, ANSWER);

        assertEquals(new Claim.Lost(new Entry(HASH, new State.Completed(ANSWER), EXPIRY)),
                records.claim(KEY, HASH, NOW.plusSeconds(1), EXPIRY.plusSeconds(1)));
    }

    @Test
    void givenReleasedRecord_claim_winsAgain() {
        records.claim(KEY, HASH, NOW, EXPIRY);
        records.release(KEY);

        assertEquals(Optional.empty(), records.find(KEY, NOW));
        assertEquals(new Claim.Won(), records.claim(KEY, OTHER_HASH, NOW, EXPIRY));
        assertEquals(Optional.of(new Entry(OTHER_HASH, new State.Running(), EXPIRY)), records.find(KEY, NOW));
    }

    @Test
    void givenCompletedRecord_release_keepsTheStoredResponse() {
        records.claim(KEY, HASH, NOW, EXPIRY);
        records.complete(KEY, ANSWER);

        records.release(KEY);

        assertEquals(Optional.of(new Entry(HASH, new State.Completed(ANSWER), EXPIRY)), records.find(KEY, NOW));
    }

    @Test
    void givenExpiredCompletedRecord_claim_winsAndReplacesIt() {
        records.claim(KEY, HASH, NOW, EXPIRY);
        records.complete(KEY, ANSWER);
        Instant later = EXPIRY.plusSeconds(1);

        assertEquals(Optional.empty(), records.find(KEY, later));
        assertEquals(new Claim.Won(), records.claim(KEY, OTHER_HASH, later, later.plus(Duration.ofDays(1))));
        assertEquals(Optional.of(new Entry(OTHER_HASH, new State.Running(), later.plus(Duration.ofDays(1)))),
                records.find(KEY, later));
    }

    @Test
    void purgeExpired_deletesOnlyTheRecordsWhoseExpiryHasPassed() {
        IdempotencyKey running = new IdempotencyKey(ALICE, "running");
        IdempotencyKey lasting = new IdempotencyKey(ALICE, "lasting");
        records.claim(KEY, HASH, NOW, EXPIRY);
        records.complete(KEY, ANSWER);
        records.claim(running, HASH, NOW, EXPIRY);
        records.claim(lasting, HASH, NOW, EXPIRY.plus(Duration.ofDays(1)));
        Instant later = EXPIRY.plusSeconds(1);

        assertEquals(0, records.purgeExpired(NOW));
        assertEquals(2, records.purgeExpired(later));
        assertEquals(0, records.purgeExpired(later));

        assertEquals(new Claim.Won(), records.claim(KEY, OTHER_HASH, later, later.plus(Duration.ofDays(1))));
        assertEquals(Optional.of(new Entry(HASH, new State.Running(), EXPIRY.plus(Duration.ofDays(1)))),
                records.find(lasting, later));
    }

    @Test
    void givenSameKeyValueOfAnotherUser_claim_wins() {
        records.claim(KEY, HASH, NOW, EXPIRY);

        assertEquals(new Claim.Won(), records.claim(new IdempotencyKey(new ElegooUserId("bob"), KEY.value()),
                HASH, NOW, EXPIRY));
    }

    @Test
    void givenFreeKey_twentyParallelClaims_exactlyOneWins() throws Exception {
        List<Claim> claims = ConcurrentCalls.run(Collections.nCopies(20, KEY),
                key -> records.claim(key, HASH, NOW, EXPIRY));

        assertEquals(1, claims.stream().filter(Claim.Won.class::isInstance).count(), () -> "claims: " + claims);
        assertEquals(Collections.nCopies(19, new Claim.Lost(new Entry(HASH, new State.Running(), EXPIRY))),
                claims.stream().filter(Claim.Lost.class::isInstance).toList());
    }

    @Test
    void givenExpiredRecord_twentyParallelClaims_exactlyOneReplacesIt() throws Exception {
        records.claim(KEY, HASH, NOW, EXPIRY);
        Instant later = EXPIRY.plusSeconds(1);
        Instant newExpiry = later.plus(Duration.ofDays(1));

        List<Claim> claims = ConcurrentCalls.run(Collections.nCopies(20, KEY),
                key -> records.claim(key, OTHER_HASH, later, newExpiry));

        assertEquals(1, claims.stream().filter(Claim.Won.class::isInstance).count(), () -> "claims: " + claims);
        assertEquals(Optional.of(new Entry(OTHER_HASH, new State.Running(), newExpiry)), records.find(KEY, later));
    }
}
