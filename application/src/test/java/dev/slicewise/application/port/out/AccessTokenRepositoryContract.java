package dev.slicewise.application.port.out;

import dev.slicewise.domain.user.Registration;
import dev.slicewise.domain.user.TokenHash;
import dev.slicewise.domain.user.UserAccessToken;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link AccessTokenRepository} must do; each implementation's test extends this class. */
public abstract class AccessTokenRepositoryContract {

    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456Z");

    private AccessTokenRepository tokens;

    /** A repository holding no tokens. */
    protected abstract AccessTokenRepository newRepository();

    @BeforeEach
    void createRepository() {
        tokens = newRepository();
    }

    @Test
    void givenUnknownUser_find_returnsEmpty() {
        assertEquals(Optional.empty(), tokens.find(ALICE));
    }

    @Test
    void givenNewUser_upsert_returnsCreatedAndStoresToken() {
        UserAccessToken token = token(ALICE, "first", NOW);

        assertEquals(Registration.CREATED, tokens.upsert(token));
        assertEquals(Optional.of(token), tokens.find(ALICE));
    }

    @Test
    void givenExistingUser_upsert_returnsUpdatedAndReplacesHash() {
        tokens.upsert(token(ALICE, "first", NOW));
        UserAccessToken replacement = token(ALICE, "second", NOW.plus(30, ChronoUnit.DAYS));

        assertEquals(Registration.UPDATED, tokens.upsert(replacement));
        assertEquals(Optional.of(replacement), tokens.find(ALICE));
    }

    @Test
    void givenTwoUsers_upsert_keepsEachUsersOwnToken() {
        UserAccessToken alices = token(ALICE, "alice's", NOW);
        UserAccessToken bobs = token(BOB, "bob's", NOW.plusSeconds(60));

        tokens.upsert(alices);
        assertEquals(Registration.CREATED, tokens.upsert(bobs));

        assertEquals(Optional.of(alices), tokens.find(ALICE));
        assertEquals(Optional.of(bobs), tokens.find(BOB));
    }

    @Test
    void givenNewUser_concurrentUpserts_createOnceAndUpdateTheRest() throws Exception {
        int racers = 20;
        List<UserAccessToken> registrations = IntStream.range(0, racers)
                .mapToObj(i -> token(ALICE, "token " + i, NOW))
                .toList();

        List<Registration> outcomes = ConcurrentCalls.run(registrations, tokens::upsert);

        assertEquals(1, outcomes.stream().filter(Registration.CREATED::equals).count(), outcomes::toString);
        assertEquals(racers - 1, outcomes.stream().filter(Registration.UPDATED::equals).count());
        assertTrue(registrations.contains(tokens.find(ALICE).orElseThrow()), "the stored token is one of those sent");
    }

    private static UserAccessToken token(UserId user, String secret, Instant expiresAt) {
        return new UserAccessToken(user, TokenHash.of(secret), expiresAt);
    }
}
