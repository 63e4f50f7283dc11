package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.Errors;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;

/**
 * An error answer of the native API: its status, its code (the spec's table) and a sentence for people. Thrown while
 * a request is read and caught by the controller that reads it; it never leaves this package.
 */
final class NativeError extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    private NativeError(HttpStatus status, String sentence) {
        this(status, Errors.nativeCode(status.getCode()), sentence);
    }

    private NativeError(HttpStatus status, String code, String sentence) {
        super(sentence, null, false, false);
        this.status = status;
        this.code = code;
    }

    static NativeError invalid(String sentence) {
        return new NativeError(HttpStatus.BAD_REQUEST, sentence);
    }

    static NativeError notFound(String sentence) {
        return new NativeError(HttpStatus.NOT_FOUND, sentence);
    }

    static NativeError modelNotAvailable(String sentence) {
        return new NativeError(HttpStatus.BAD_REQUEST, "model_not_available", sentence);
    }

    /** A part whose code the engine refused or could not render ({@code 422 part_not_renderable}). */
    static NativeError partNotRenderable(String sentence) {
        return new NativeError(HttpStatus.UNPROCESSABLE_ENTITY, "part_not_renderable", sentence);
    }

    static NativeError conflict(String sentence) {
        return new NativeError(HttpStatus.CONFLICT, sentence);
    }

    static NativeError unauthorized(String sentence) {
        return new NativeError(HttpStatus.UNAUTHORIZED, sentence);
    }

    /** The answer to the request, kept as it is by the shared edge's status handlers. */
    MutableHttpResponse<JsonNode> answer(HttpRequest<?> request) {
        return Errors.answeredByDoor(request, HttpResponse.<JsonNode>status(status)
                .contentType(MediaType.APPLICATION_JSON_TYPE).body(Errors.nativeBody(code, getMessage())));
    }
}
