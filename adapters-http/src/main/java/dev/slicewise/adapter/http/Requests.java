package dev.slicewise.adapter.http;

import dev.slicewise.application.port.in.AuthenticateUserUseCase;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.user.UserId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/** What every partner endpoint does the same way: the language, the JSON body, the error responses. */
final class Requests {

    /** A 503's {@code Retry-After}: a few seconds, the time a database restart or a busy moment takes. */
    static final String RETRY_AFTER_SECONDS = "5";

    private Requests() {
    }

    /** The {@code lang} query parameter; English when absent or unknown. */
    static Language language(HttpRequest<?> request) {
        return Language.fromTag(request.getParameters().get("lang"));
    }

    /** The body as a JSON object of storable text ({@link StorableText}); an empty body reads as {@code {}}. */
    static JsonNode jsonObject(JsonMapper json, byte[] body) {
        if (body == null || body.length == 0) {
            return JsonNode.createObjectNode(Map.of());
        }
        JsonNode parsed;
        try {
            parsed = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequest("body.malformed");
        }
        if (parsed == null || !parsed.isObject()) {
            throw new InvalidRequest("body.not_object");
        }
        StorableText.check(parsed, "");
        return parsed;
    }

    /** A 503 with the seconds after which a retry may succeed ({@code Retry-After}). */
    static HttpResponse<JsonNode> unavailable(Language language, String key) {
        return HttpResponse.<JsonNode>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Wire.error(ErrorMessages.get(language, key)));
    }

    static HttpResponse<JsonNode> error(HttpStatus status, Language language, String key, Object... args) {
        return HttpResponse.<JsonNode>status(status).body(Wire.error(ErrorMessages.get(language, key, args)));
    }

    /**
     * Answers 401 when the user credentials are missing, unusable or not admitted, else lets the action, for the user
     * they authenticate (once per request: the use cases take that user), read the rest
     * of the request and answer: the partner API authenticates before it judges any other field, as the reference
     * server does, so that a stranger learns nothing of the form of the API.
     */
    static HttpResponse<?> withCredentials(PresentedCredentials presented, AuthenticateUserUseCase users,
                                           Language language, Function<UserId, HttpResponse<?>> action) {
        return switch (presented) {
            case PresentedCredentials.Missing missing ->
                    error(HttpStatus.UNAUTHORIZED, language, "auth.required");
            case PresentedCredentials.Unusable unusable ->
                    error(HttpStatus.UNAUTHORIZED, language, "auth.invalid");
            case PresentedCredentials.Given given -> users.authenticate(given.credentials())
                    .<HttpResponse<?>>map(action)
                    .orElseGet(() -> error(HttpStatus.UNAUTHORIZED, language, "auth.invalid"));
        };
    }

    static HttpResponse<JsonNode> badRequest(Language language, InvalidRequest invalid) {
        return error(HttpStatus.BAD_REQUEST, language, invalid.messageKey(), invalid.args());
    }
}
