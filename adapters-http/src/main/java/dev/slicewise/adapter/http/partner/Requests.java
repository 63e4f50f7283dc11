package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.adapter.http.StorableText;
import dev.slicewise.application.port.in.AuthenticateUserUseCase;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.user.UserId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/** What every partner endpoint does the same way: the JSON body, the credentials before anything else. */
final class Requests {

    private Requests() {
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
                    Errors.error(HttpStatus.UNAUTHORIZED, language, "auth.required");
            case PresentedCredentials.Unusable unusable ->
                    Errors.error(HttpStatus.UNAUTHORIZED, language, "auth.invalid");
            case PresentedCredentials.Given given -> users.authenticate(given.credentials())
                    .<HttpResponse<?>>map(action)
                    .orElseGet(() -> Errors.error(HttpStatus.UNAUTHORIZED, language, "auth.invalid"));
        };
    }
}
