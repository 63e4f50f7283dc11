package dev.slicewise.adapter.http.openai;

import dev.slicewise.adapter.http.Errors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.tree.JsonNode;

import java.util.Optional;

/**
 * An error answer of the OpenAI-compatible endpoints, in OpenAI's shape: its status, a sentence for people, the
 * request field at fault ({@code param}) and OpenAI's {@code code} when there is one, the {@code type} chosen by the
 * status ({@link Errors#openAiType}). Thrown while a request is read and caught by the controller; it never leaves
 * this package.
 */
final class OpenAiError extends RuntimeException {

    private final HttpStatus status;
    private final Optional<String> param;
    private final Optional<String> code;

    private OpenAiError(HttpStatus status, String sentence, Optional<String> param, Optional<String> code) {
        super(sentence, null, false, false);
        this.status = status;
        this.param = param;
        this.code = code;
    }

    /** A 400 for the request as a whole (its body). */
    static OpenAiError invalid(String sentence) {
        return new OpenAiError(HttpStatus.BAD_REQUEST, sentence, Optional.empty(), Optional.empty());
    }

    /** A 400 for one field of the request. */
    static OpenAiError invalid(String param, String sentence) {
        return new OpenAiError(HttpStatus.BAD_REQUEST, sentence, Optional.of(param), Optional.empty());
    }

    /** An error of this status, OpenAI's code chosen by the status ({@link Errors#openAiCode}). */
    static OpenAiError of(HttpStatus status, String sentence) {
        return new OpenAiError(status, sentence, Optional.empty(), Errors.openAiCode(status.getCode()));
    }

    /** A 404 for a model this service does not serve, as OpenAI answers one that does not exist. */
    static OpenAiError modelNotFound(String model) {
        return new OpenAiError(HttpStatus.NOT_FOUND, "The model '" + model + "' does not exist; the model is '"
                + OpenAiController.MODEL + "'.", Optional.of("model"), Optional.of("model_not_found"));
    }

    /** The body alone, for an error written into an event stream. */
    JsonNode body() {
        return Errors.openAiBody(getMessage(), Errors.openAiType(status.getCode()), param, code);
    }

    /** The answer to the request, kept as it is by the shared edge's status handlers. */
    MutableHttpResponse<JsonNode> answer(HttpRequest<?> request) {
        return Errors.answeredByDoor(request, HttpResponse.<JsonNode>status(status).body(body()));
    }
}
