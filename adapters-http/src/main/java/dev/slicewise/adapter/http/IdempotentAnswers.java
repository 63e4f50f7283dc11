package dev.slicewise.adapter.http;

import dev.slicewise.application.port.in.Idempotent;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.application.port.in.RecordedResponse;
import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.user.UserId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Runs a charged answer once per idempotency key (ADR 0005) and sends it as the exact JSON text that is kept for a
 * retry, so that the first answer and every replay are the same bytes.
 */
final class IdempotentAnswers {

    private final RunIdempotentlyUseCase runIdempotently;
    private final JsonMapper json;

    IdempotentAnswers(RunIdempotentlyUseCase runIdempotently, JsonMapper json) {
        this.runIdempotently = runIdempotently;
        this.json = json;
    }

    /** Runs {@code answer} (given the request's id) once per key, or answers from what the key holds. */
    HttpResponse<?> once(UserId user, IdempotentRequest request,
                         Function<String, HttpResponse<JsonNode>> answer, Language language) {
        return switch (runIdempotently.run(user, request, requestId -> recorded(answer.apply(requestId)))) {
            case Idempotent.Ran ran -> sent(ran.response());
            case Idempotent.Replayed replayed -> sent(replayed.response());
            case Idempotent.StillRunning running ->
                    Requests.error(HttpStatus.CONFLICT, language, "idempotency_key.in_progress");
            case Idempotent.KeyReused reused ->
                    Requests.error(HttpStatus.BAD_REQUEST, language, "idempotency_key.reused");
        };
    }

    private RecordedResponse recorded(HttpResponse<JsonNode> response) {
        try {
            return new RecordedResponse(response.code(), json.writeValueAsString(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write an answer", e);
        }
    }

    /** The answer as recorded; a 503 (never kept for a retry) says when to retry, as every 503 of the API does. */
    private static HttpResponse<String> sent(RecordedResponse response) {
        MutableHttpResponse<String> sent = HttpResponse.<String>status(HttpStatus.valueOf(response.status()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(response.body());
        return response.status() == HttpStatus.SERVICE_UNAVAILABLE.getCode()
                ? sent.header(HttpHeaders.RETRY_AFTER, Requests.RETRY_AFTER_SECONDS)
                : sent;
    }
}
