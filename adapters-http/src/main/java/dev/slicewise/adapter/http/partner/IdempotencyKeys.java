package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.IdempotentRuns;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * The idempotency key of a request: the {@code Idempotency-Key} header when sent, otherwise derived from the
 * {@code chat_id} and the request's hash (the user scopes every key). The hash is a SHA-256 of the path, the answer's
 * language ({@code ?lang=}) and the whole raw body: the same hash tells a retry from another request that reuses the
 * key, and the same body sent to another endpoint or for another language is another request.
 */
final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    static IdempotentRequest read(HttpRequest<?> request, Language language, byte[] body,
                                  Optional<ChatId> chatId) {
        String requestHash = IdempotentRuns.requestHash(request, language.tag(), body);
        String key = IdempotentRuns.sentKey(request)
                .orElseGet(() -> "derived:" + chatId.map(ChatId::toString).orElse("none") + ":" + requestHash);
        return new IdempotentRequest(key, requestHash);
    }
}
