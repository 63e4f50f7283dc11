package dev.slicewise.adapter.http.partner;

import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.http.HttpRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The idempotency key of a request: the {@code Idempotency-Key} header when sent, otherwise derived from the
 * {@code chat_id} and the request's hash (the user scopes every key). The hash is a SHA-256 of the path, the answer's
 * language ({@code ?lang=}) and the whole raw body: the same hash tells a retry from another request that reuses the
 * key, and the same body sent to another endpoint or for another language is another request.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static IdempotentRequest read(HttpRequest<?> request, Language language, byte[] body,
                                  Optional<ChatId> chatId) {
        String requestHash = sha256(request.getPath() + "\n" + language.tag() + "\n", body == null ? new byte[0] : body);
        String key = request.getHeaders().findFirst(HEADER)
                .map(IdempotencyKeys::sent)
                .orElseGet(() -> "derived:" + chatId.map(ChatId::toString).orElse("none") + ":" + requestHash);
        return new IdempotentRequest(key, requestHash);
    }

    private static String sent(String key) {
        if (key.isBlank() || key.length() > IdempotentRequest.MAX_KEY_LENGTH) {
            throw new InvalidRequest("idempotency_key.invalid", String.valueOf(IdempotentRequest.MAX_KEY_LENGTH));
        }
        return key;
    }

    private static String sha256(String head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
