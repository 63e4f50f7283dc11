package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryAccessTokenRepository;
import dev.slicewise.domain.user.AccessToken;
import dev.slicewise.domain.user.Credentials;
import dev.slicewise.domain.user.UserAccessToken;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthenticateUserServiceTest {

    private static final UserId ALICE = new UserId("alice");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryAccessTokenRepository tokens = new InMemoryAccessTokenRepository();

    AuthenticateUserServiceTest() {
        tokens.upsert(new UserAccessToken(ALICE, new AccessToken("alice-token").hash(), NOW.plusSeconds(60)));
    }

    @Test
    void givenTheRegisteredToken_authenticate_returnsItsUser() {
        assertEquals(Optional.of(ALICE), at(NOW).authenticate(new Credentials(ALICE, new AccessToken("alice-token"))));
    }

    @Test
    void givenAnotherToken_authenticate_admitsNobody() {
        assertEquals(Optional.empty(), at(NOW).authenticate(new Credentials(ALICE, new AccessToken("guess"))));
    }

    @Test
    void givenAnotherUsersToken_authenticate_admitsNobody() {
        assertEquals(Optional.empty(),
                at(NOW).authenticate(new Credentials(new UserId("bob"), new AccessToken("alice-token"))));
    }

    @Test
    void givenTheTokenOnceItHasExpired_authenticate_admitsNobody() {
        Credentials alice = new Credentials(ALICE, new AccessToken("alice-token"));

        assertEquals(Optional.of(ALICE), at(NOW.plusSeconds(59)).authenticate(alice));
        assertEquals(Optional.empty(), at(NOW.plusSeconds(60)).authenticate(alice));
    }

    private AuthenticateUserService at(Instant now) {
        return new AuthenticateUserService(tokens, Clock.fixed(now, ZoneOffset.UTC));
    }
}
