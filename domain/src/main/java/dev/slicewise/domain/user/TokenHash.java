package dev.slicewise.domain.user;

import dev.slicewise.domain.Require;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a secret token, hex encoded. Tokens are high-entropy values issued by the partner, so a fast
 * digest is enough to make a leaked table useless; comparison is in constant time.
 */
public record TokenHash(String hex) {

    public TokenHash {
        Require.present(hex, "token hash");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("token hash must be 64 lowercase hex digits");
        }
    }

    public static TokenHash of(String secret) {
        Require.present(secret, "secret");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Constant-time comparison: the time taken does not depend on where the hashes differ. */
    public boolean matches(TokenHash other) {
        return MessageDigest.isEqual(
                hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
