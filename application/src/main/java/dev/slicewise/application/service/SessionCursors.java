package dev.slicewise.application.service;

import dev.slicewise.domain.session.SessionCursor;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.user.UserId;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Writes a {@link SessionCursor} as an opaque, URL-safe string and reads it back. The string is base64url (no padding)
 * of a version byte, the last session's update time (seconds and nanoseconds) and id, then the first 128 bits of an
 * HMAC-SHA256 of the owner and those bytes. A cursor changed by one bit, cut, made up, or given to another key than
 * the one it was written for reads as no cursor at all: the caller answers that it is not valid. The key only needs to
 * be the same on every node that serves one database and across restarts; the cursor holds nothing secret.
 */
public final class SessionCursors {

    private static final int HMAC_BLOCK_BYTES = 64;
    private static final byte VERSION = 1;
    private static final int ID_BYTES = 16;
    private static final int MAC_BYTES = 16;
    private static final int PAYLOAD_BYTES = 1 + Long.BYTES + Integer.BYTES + ID_BYTES;
    private static final int MIN_KEY_BYTES = 32;

    private final byte[] key;

    public SessionCursors(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a cursor key has at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    public String write(UserId owner, SessionCursor cursor) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .put(VERSION)
                .putLong(cursor.updatedAt().getEpochSecond())
                .putInt(cursor.updatedAt().getNano())
                .put(HexFormat.of().parseHex(cursor.id().value().substring(SessionId.PREFIX.length())));
        byte[] written = Arrays.copyOf(payload.array(), PAYLOAD_BYTES + MAC_BYTES);
        System.arraycopy(mac(owner, payload.array()), 0, written, PAYLOAD_BYTES, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(written);
    }

    /** The cursor the string was written for, when it is one of this owner's, unchanged. */
    public Optional<SessionCursor> read(UserId owner, String text) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != PAYLOAD_BYTES + MAC_BYTES || bytes[0] != VERSION) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, PAYLOAD_BYTES);
        byte[] expected = Arrays.copyOf(mac(owner, payload), MAC_BYTES);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, PAYLOAD_BYTES, bytes.length))) {
            return Optional.empty();
        }
        ByteBuffer fields = ByteBuffer.wrap(payload, 1, PAYLOAD_BYTES - 1);
        try {
            Instant updatedAt = Instant.ofEpochSecond(fields.getLong(), fields.getInt());
            byte[] id = new byte[ID_BYTES];
            fields.get(id);
            return Optional.of(new SessionCursor(updatedAt, new SessionId(SessionId.PREFIX + HexFormat.of().formatHex(id))));
        } catch (DateTimeException | ArithmeticException outOfRange) {
            return Optional.empty();
        }
    }

    private byte[] mac(UserId owner, byte[] payload) {
        return hmacSha256(key, owner.value().getBytes(StandardCharsets.UTF_8), new byte[] {0}, payload);
    }

    /**
     * HMAC-SHA256 (RFC 2104) of the parts one after the other, written on {@link MessageDigest} since the application
     * depends on {@code java.*} alone.
     */
    static byte[] hmacSha256(byte[] key, byte[]... parts) {
        byte[] block = Arrays.copyOf(key.length > HMAC_BLOCK_BYTES ? sha256().digest(key) : key, HMAC_BLOCK_BYTES);
        byte[] inner = new byte[HMAC_BLOCK_BYTES];
        byte[] outer = new byte[HMAC_BLOCK_BYTES];
        for (int i = 0; i < HMAC_BLOCK_BYTES; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
        MessageDigest digest = sha256();
        digest.update(inner);
        for (byte[] part : parts) {
            digest.update(part);
        }
        byte[] innerHash = digest.digest();
        digest.update(outer);
        return digest.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
