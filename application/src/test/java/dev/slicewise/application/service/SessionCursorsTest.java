package dev.slicewise.application.service;

import dev.slicewise.domain.session.SessionCursor;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCursorsTest {

    private static final UserId OWNER = new UserId("key_" + "a".repeat(32));
    private static final SessionCursor CURSOR = new SessionCursor(Instant.parse("2026-12-07T10:30:00.123456789Z"),
            new SessionId("ses_" + "0123456789abcdef".repeat(2)));

    private final SessionCursors cursors = new SessionCursors(key(1));

    @Test
    void aWrittenCursor_isUrlSafe_andReadsBackAsItWas() {
        String written = cursors.write(OWNER, CURSOR);

        assertTrue(written.matches("[A-Za-z0-9_-]+"), written);
        assertEquals(Optional.of(CURSOR), cursors.read(OWNER, written));
    }

    @Test
    void aCursorWithAnyBitChanged_readsAsNone() {
        byte[] bytes = Base64.getUrlDecoder().decode(cursors.write(OWNER, CURSOR));
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] changed = bytes.clone();
            changed[bit / 8] ^= (byte) (1 << (bit % 8));

            String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);

            assertEquals(Optional.empty(), cursors.read(OWNER, tampered), "bit " + bit);
        }
    }

    @Test
    void aCursorCut_orOfAnotherOwner_orOfAnotherKey_orNotBase64_readsAsNone() {
        String written = cursors.write(OWNER, CURSOR);
        byte[] bytes = Base64.getUrlDecoder().decode(written);

        assertEquals(Optional.empty(), cursors.read(OWNER, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Arrays.copyOf(bytes, bytes.length - 1))));
        assertEquals(Optional.empty(), cursors.read(new UserId("key_" + "b".repeat(32)), written));
        assertEquals(Optional.empty(), new SessionCursors(key(2)).read(OWNER, written));
        assertEquals(Optional.empty(), cursors.read(OWNER, "not a cursor!"));
        assertEquals(Optional.empty(), cursors.read(OWNER, ""));
    }

    @Test
    void theSignature_isHmacSha256_asRfc4231Computes() {
        byte[] mac = SessionCursors.hmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want ".getBytes(StandardCharsets.US_ASCII),
                "for nothing?".getBytes(StandardCharsets.US_ASCII));
        byte[] longKey = new byte[131];
        Arrays.fill(longKey, (byte) 0xaa);
        byte[] macOfLongKey = SessionCursors.hmacSha256(longKey,
                "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII));

        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HexFormat.of().formatHex(mac));
        assertEquals("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                HexFormat.of().formatHex(macOfLongKey));
    }

    @Test
    void aShortKey_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SessionCursors(new byte[31]));
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
