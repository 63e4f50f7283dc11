package dev.slicewise.adapter.http;

import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.user.Credentials;
import io.micronaut.http.HttpHeaders;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The idempotency key of a message: the {@code Idempotency-Key} header when sent, otherwise derived from the
 * {@code chat_id} and a SHA-256 of the whole raw body (the user scopes every key). The same hash tells a retry from
 * another request that reuses the key.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static IdempotentRequest read(HttpHeaders headers, byte[] body, Credentials credentials, Optional<ChatId> chatId) {
        String requestHash = sha256(body == null ? new byte[0] : body);
        String key = headers.findFirst(HEADER)
                .map(IdempotencyKeys::sent)
                .orElseGet(() -> "derived:" + chatId.map(ChatId::toString).orElse("none") + ":" + requestHash);
        return new IdempotentRequest(credentials, key, requestHash);
    }

    private static String sent(String key) {
        if (key.isBlank() || key.length() > IdempotentRequest.MAX_KEY_LENGTH) {
            throw new InvalidRequest("idempotency_key.invalid", String.valueOf(IdempotentRequest.MAX_KEY_LENGTH));
        }
        return key;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
