package dev.slicewise.adapter.http;

import dev.slicewise.domain.conversation.Language;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.tree.JsonNode;

import java.util.Map;

/**
 * Error answers, the same on every path: a status and {@code {"error": "<sentence in the request's language>"}}, the
 * partner API's shape (the only API served so far; another API's shape would be chosen here, by path). The language
 * is the {@code lang} query parameter's.
 */
public final class Errors {

    /** A 503's {@code Retry-After}: a few seconds, the time a database restart or a busy moment takes. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private Errors() {
    }

    /** The {@code lang} query parameter; English when absent or unknown. */
    public static Language language(HttpRequest<?> request) {
        return Language.fromTag(request.getParameters().get("lang"));
    }

    /** The body of an error answer. */
    public static JsonNode body(String message) {
        return JsonNode.createObjectNode(Map.of("error", JsonNode.createStringNode(message)));
    }

    public static HttpResponse<JsonNode> error(HttpStatus status, Language language, String key, Object... args) {
        return HttpResponse.<JsonNode>status(status).body(body(ErrorMessages.get(language, key, args)));
    }

    /** A 503 with the seconds after which a retry may succeed ({@code Retry-After}). */
    public static HttpResponse<JsonNode> unavailable(Language language, String key) {
        return HttpResponse.<JsonNode>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(body(ErrorMessages.get(language, key)));
    }

    public static HttpResponse<JsonNode> badRequest(Language language, InvalidRequest invalid) {
        return error(HttpStatus.BAD_REQUEST, language, invalid.messageKey(), invalid.args());
    }
}
