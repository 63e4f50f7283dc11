package dev.slicewise.application.port.out;

import dev.slicewise.application.port.out.IdempotencyRecords.Claim;
import dev.slicewise.application.port.out.IdempotencyRecords.Claiming;
import dev.slicewise.application.port.out.IdempotencyRecords.Entry;
import dev.slicewise.application.port.out.IdempotencyRecords.State;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link IdempotencyRecords} must do; each implementation's test extends this class. */
public abstract class IdempotencyRecordsContract {

    private static final UserId ALICE = new UserId("alice");
    private static final IdempotencyKey KEY = new IdempotencyKey(ALICE, "order-42");
    private static final String HASH = "a".repeat(64);
    private static final String OTHER_HASH = "b".repeat(64);
    private static final String REQUEST = "11111111-1111-1111-1111-111111111111";
    private static final String OTHER_REQUEST = "22222222-2222-2222-2222-222222222222";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration TTL = Duration.ofDays(1);
    private static final Instant LEASE_END = NOW.plus(LEASE);
    private static final Instant EXPIRY = NOW.plus(TTL);
    private static final String ANSWER = "{\"text\":\"Réglez la première couche à 0,2 mm — 好\"}";

    private IdempotencyRecords records;

    /** A store holding no records. */
    protected abstract IdempotencyRecords newRecords();

    @BeforeEach
    void createRecords() {
        records = newRecords();
    }

    @Test
    void givenFreeKey_claim_winsUnderItsRequestIdAndLeavesARunningRecord() {
        assertEquals(new Claim.Won(REQUEST), claim(KEY, HASH, REQUEST, NOW));

        assertEquals(Optional.of(running(HASH, REQUEST, LEASE_END, EXPIRY)), records.find(KEY, NOW));
    }

    @Test
    void givenRecordRunningWithinItsLease_claim_losesToItWhateverTheHash() {
        claim(KEY, HASH, REQUEST, NOW);
        Instant beforeTheLeaseEnds = LEASE_END.minusMillis(1);

        Claim.Lost expected = new Claim.Lost(running(HASH, REQUEST, LEASE_END, EXPIRY));
        assertEquals(expected, claim(KEY, HASH, OTHER_REQUEST, beforeTheLeaseEnds));
        assertEquals(expected, claim(KEY, OTHER_HASH, OTHER_REQUEST, beforeTheLeaseEnds));
    }

    @Test
    void givenRecordRunningPastItsLease_claimOfTheSameRequest_takesItOverUnderTheFirstRequestId() {
        claim(KEY, HASH, REQUEST, NOW);

        assertEquals(new Claim.Won(REQUEST), claim(KEY, HASH, OTHER_REQUEST, LEASE_END));

        assertEquals(Optional.of(running(HASH, REQUEST, LEASE_END.plus(LEASE), LEASE_END.plus(TTL))),
                records.find(KEY, LEASE_END));
    }

    @Test
    void givenRecordRunningPastItsLease_claimOfAnotherRequest_losesToIt() {
        claim(KEY, HASH, REQUEST, NOW);

        assertEquals(new Claim.Lost(running(HASH, REQUEST, LEASE_END, EXPIRY)),
                claim(KEY, OTHER_HASH, OTHER_REQUEST, LEASE_END.plusSeconds(5)));
    }

    @Test
    void givenTakenOverRecord_claim_losesToTheNewLease() {
        claim(KEY, HASH, REQUEST, NOW);
        claim(KEY, HASH, OTHER_REQUEST, LEASE_END);

        assertEquals(new Claim.Lost(running(HASH, REQUEST, LEASE_END.plus(LEASE), LEASE_END.plus(TTL))),
                claim(KEY, HASH, OTHER_REQUEST, LEASE_END.plusSeconds(1)));
    }

    @Test
    void givenCompletedRecord_claim_losesToTheExactStoredResponseEvenPastTheLease() {
        claim(KEY, HASH, REQUEST, NOW);
        records.complete(KEY, ANSWER);

        assertEquals(new Claim.Lost(new Entry(HASH, REQUEST, new State.Completed(ANSWER), EXPIRY)),
                claim(KEY, HASH, OTHER_REQUEST, LEASE_END.plusSeconds(1)));
    }

    @Test
    void givenReleasedRecord_claim_winsAgainUnderANewRequestId() {
        claim(KEY, HASH, REQUEST, NOW);
        records.release(KEY);

        assertEquals(Optional.empty(), records.find(KEY, NOW));
        assertEquals(new Claim.Won(OTHER_REQUEST), claim(KEY, OTHER_HASH, OTHER_REQUEST, NOW));
        assertEquals(Optional.of(running(OTHER_HASH, OTHER_REQUEST, LEASE_END, EXPIRY)), records.find(KEY, NOW));
    }

    @Test
    void givenCompletedRecord_release_keepsTheStoredResponse() {
        claim(KEY, HASH, REQUEST, NOW);
        records.complete(KEY, ANSWER);

        records.release(KEY);

        assertEquals(Optional.of(new Entry(HASH, REQUEST, new State.Completed(ANSWER), EXPIRY)),
                records.find(KEY, NOW));
    }

    @Test
    void givenRunningRecordWhoseLeaseWasEnded_claimOfTheSameRequest_takesItOverAtOnce() {
        claim(KEY, HASH, REQUEST, NOW);
        Instant failedAt = NOW.plusSeconds(3);

        records.endLease(KEY, failedAt);

        assertEquals(Optional.of(running(HASH, REQUEST, failedAt, EXPIRY)), records.find(KEY, failedAt));
        assertEquals(new Claim.Won(REQUEST), claim(KEY, HASH, OTHER_REQUEST, failedAt));
    }

    @Test
    void givenCompletedRecord_endLease_keepsTheStoredResponse() {
        claim(KEY, HASH, REQUEST, NOW);
        records.complete(KEY, ANSWER);

        records.endLease(KEY, NOW.plusSeconds(1));

        assertEquals(Optional.of(new Entry(HASH, REQUEST, new State.Completed(ANSWER), EXPIRY)),
                records.find(KEY, NOW));
    }

    @Test
    void givenExpiredCompletedRecord_claim_winsAndReplacesItUnderANewRequestId() {
        claim(KEY, HASH, REQUEST, NOW);
        records.complete(KEY, ANSWER);
        Instant later = EXPIRY.plusSeconds(1);

        assertEquals(Optional.empty(), records.find(KEY, later));
        assertEquals(new Claim.Won(OTHER_REQUEST), claim(KEY, OTHER_HASH, OTHER_REQUEST, later));
        assertEquals(Optional.of(running(OTHER_HASH, OTHER_REQUEST, later.plus(LEASE), later.plus(TTL))),
                records.find(KEY, later));
    }

    @Test
    void purgeExpired_deletesOnlyTheRecordsWhoseExpiryHasPassed() {
        IdempotencyKey running = new IdempotencyKey(ALICE, "running");
        IdempotencyKey lasting = new IdempotencyKey(ALICE, "lasting");
        claim(KEY, HASH, REQUEST, NOW);
        records.complete(KEY, ANSWER);
        claim(running, HASH, REQUEST, NOW);
        claim(lasting, HASH, REQUEST, NOW.plus(TTL));
        Instant later = EXPIRY.plusSeconds(1);

        assertEquals(0, records.purgeExpired(NOW));
        assertEquals(2, records.purgeExpired(later));
        assertEquals(0, records.purgeExpired(later));

        assertEquals(new Claim.Won(OTHER_REQUEST), claim(KEY, OTHER_HASH, OTHER_REQUEST, later));
        assertEquals(Optional.of(running(HASH, REQUEST, NOW.plus(TTL).plus(LEASE), EXPIRY.plus(TTL))),
                records.find(lasting, later));
    }

    @Test
    void givenSameKeyValueOfAnotherUser_claim_wins() {
        claim(KEY, HASH, REQUEST, NOW);

        assertEquals(new Claim.Won(OTHER_REQUEST),
                claim(new IdempotencyKey(new UserId("bob"), KEY.value()), HASH, OTHER_REQUEST, NOW));
    }

    @Test
    void givenFreeKey_twentyParallelClaims_exactlyOneWins() throws Exception {
        List<Claim> claims = ConcurrentCalls.run(requestIds(20), id -> claim(KEY, HASH, id, NOW));

        List<Claim> won = claims.stream().filter(Claim.Won.class::isInstance).toList();
        assertEquals(1, won.size(), () -> "claims: " + claims);
        String winner = ((Claim.Won) won.get(0)).requestId();
        assertEquals(Collections.nCopies(19, new Claim.Lost(running(HASH, winner, LEASE_END, EXPIRY))),
                claims.stream().filter(Claim.Lost.class::isInstance).toList());
    }

    @Test
    void givenExpiredRecord_twentyParallelClaims_exactlyOneReplacesIt() throws Exception {
        claim(KEY, HASH, REQUEST, NOW);
        Instant later = EXPIRY.plusSeconds(1);

        List<Claim> claims = ConcurrentCalls.run(requestIds(20), id -> claim(KEY, OTHER_HASH, id, later));

        List<Claim> won = claims.stream().filter(Claim.Won.class::isInstance).toList();
        assertEquals(1, won.size(), () -> "claims: " + claims);
        String winner = ((Claim.Won) won.get(0)).requestId();
        assertEquals(Optional.of(running(OTHER_HASH, winner, later.plus(LEASE), later.plus(TTL))),
                records.find(KEY, later));
    }

    @Test
    void givenRecordRunningPastItsLease_twentyParallelClaims_exactlyOneTakesItOverUnderTheFirstRequestId()
            throws Exception {
        claim(KEY, HASH, REQUEST, NOW);

        List<Claim> claims = ConcurrentCalls.run(requestIds(20), id -> claim(KEY, HASH, id, LEASE_END));

        assertEquals(List.of(new Claim.Won(REQUEST)), claims.stream().filter(Claim.Won.class::isInstance).toList(),
                () -> "claims: " + claims);
    }

    private Claim claim(IdempotencyKey key, String hash, String requestId, Instant now) {
        return records.claim(key, new Claiming(hash, requestId, now, now.plus(LEASE), now.plus(TTL)));
    }

    private static Entry running(String hash, String requestId, Instant leaseUntil, Instant expiresAt) {
        return new Entry(hash, requestId, new State.Running(leaseUntil), expiresAt);
    }

    private static List<String> requestIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> "request-" + i).toList();
    }
}
