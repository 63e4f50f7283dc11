package dev.slicewise.domain.user;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final UserAccessToken registered = new UserAccessToken(new UserId("u"),
            new AccessToken("secret").hash(), NOW.plusSeconds(60));

    @Test
    void sameTokenBeforeExpiry_isAdmitted() {
        assertTrue(registered.admits(new AccessToken("secret"), NOW.plusSeconds(59)));
    }

    @Test
    void otherToken_isNotAdmitted() {
        assertFalse(registered.admits(new AccessToken("secreT"), NOW));
    }

    @Test
    void sameTokenAtOrAfterExpiry_isNotAdmitted() {
        assertFalse(registered.admits(new AccessToken("secret"), NOW.plusSeconds(60)));
    }

    @Test
    void hash_isSha256Hex_andNeverTheToken() {
        TokenHash hash = new AccessToken("secret").hash();

        assertEquals("2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b", hash.hex());
        assertNotEquals("secret", hash.hex());
        assertEquals("AccessToken[***]", new AccessToken("secret").toString());
    }

    @Test
    void lifetime_mustBePositiveAndBounded() {
        assertEquals(NOW.plusSeconds(5), new TokenLifetime(5).expiryFrom(NOW));
        assertThrows(IllegalArgumentException.class, () -> new TokenLifetime(0));
        assertThrows(IllegalArgumentException.class, () -> new TokenLifetime(TokenLifetime.MAX_SECONDS + 1));
    }

    @Test
    void userId_isBounded() {
        assertThrows(IllegalArgumentException.class, () -> new UserId("x".repeat(257)));
        assertThrows(IllegalArgumentException.class, () -> new UserId(" "));
    }
}
