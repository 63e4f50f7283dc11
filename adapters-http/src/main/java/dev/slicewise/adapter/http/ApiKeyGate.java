package dev.slicewise.adapter.http;

import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase;
import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase.Admitted;
import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase.Limited;
import dev.slicewise.application.port.in.AuthenticateApiKeyUseCase.Unknown;
import dev.slicewise.domain.apikey.RateAdmission;
import dev.slicewise.domain.user.UserId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.function.Function;

/**
 * Admits a request made with an API key ({@code Authorization: Bearer <key>}), once, before anything else of it is
 * judged: 401 when the key is missing, unknown or revoked; 429 with {@code Retry-After} when it is over its per-minute
 * limit; else the action runs for the key's owner. Every answer to a key carries {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (seconds). The 401 and 429 are in the shape of the
 * request's API ({@link Errors}): the native API's and the OpenAI-compatible endpoints' take the same keys.
 */
@Singleton
public final class ApiKeyGate {

    private static final String BEARER = "Bearer ";

    private final AuthenticateApiKeyUseCase keys;

    public ApiKeyGate(AuthenticateApiKeyUseCase keys) {
        this.keys = keys;
    }

    public MutableHttpResponse<?> withKey(HttpRequest<?> request, Function<UserId, MutableHttpResponse<?>> action) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return refused(request, HttpStatus.UNAUTHORIZED, "An API key is required: Authorization: Bearer <key>.");
        }
        return switch (keys.admit(authorization.substring(BEARER.length()))) {
            case Unknown unknown -> refused(request, HttpStatus.UNAUTHORIZED, "The API key is not valid.");
            case Limited limited -> withRate(refused(request, HttpStatus.TOO_MANY_REQUESTS, "This key made its "
                    + limited.rate().limit() + " requests of this minute; try again in "
                    + limited.rate().resetSeconds() + " seconds."), limited.rate())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.rate().resetSeconds()));
            case Admitted admitted -> thrownWhenNotFound(withRate(action.apply(admitted.owner()), admitted.rate()));
        };
    }

    private static MutableHttpResponse<JsonNode> refused(HttpRequest<?> request, HttpStatus status, String sentence) {
        return Errors.answeredByDoor(request, HttpResponse.<JsonNode>status(status)
                .contentType(MediaType.APPLICATION_JSON_TYPE).body(Errors.body(request, status.getCode(), sentence)));
    }

    /**
     * A door's 404 is thrown, not returned: Micronaut hands a returned 404 to the 404 status handler
     * ({@code HttpErrorHandlers}), and for a request with a body (PATCH, POST) that hand-over sometimes never answers:
     * about one request in ten hung in a loop of 404s, and the client's connection with it (Kestra met the same,
     * kestra-io/kestra#4822). Thrown, it is answered at once by the handler of {@code HttpStatusException}, with the
     * door's answer and its headers ({@link Errors#answeredByDoor}).
     */
    private static MutableHttpResponse<?> thrownWhenNotFound(MutableHttpResponse<?> answer) {
        if (answer.code() == HttpStatus.NOT_FOUND.getCode()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "answered by the door");
        }
        return answer;
    }

    private static MutableHttpResponse<?> withRate(MutableHttpResponse<?> response, RateAdmission rate) {
        return response.header("X-RateLimit-Limit", String.valueOf(rate.limit()))
                .header("X-RateLimit-Remaining", String.valueOf(rate.remaining()))
                .header("X-RateLimit-Reset", String.valueOf(rate.resetSeconds()));
    }
}
