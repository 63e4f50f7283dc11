package dev.slicewise.adapter.http;

import dev.slicewise.application.port.in.Attempt;
import dev.slicewise.application.port.in.Idempotent;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * A charged answer run once per idempotency key, the same way on every door (ADR 0005): a success (the endpoint's
 * own success status) is kept as the exact JSON text it was sent as, so that the first answer and every replay are
 * the same bytes; any other answer is sent as it is and not kept. The door answers a key still running or reused in
 * its own error format.
 */
public final class IdempotentRuns {

    /** The header a client names a request with across its retries. */
    public static final String HEADER = "Idempotency-Key";

    private final RunIdempotentlyUseCase runIdempotently;
    private final JsonMapper json;

    public IdempotentRuns(RunIdempotentlyUseCase runIdempotently, JsonMapper json) {
        this.runIdempotently = runIdempotently;
        this.json = json;
    }

    /**
     * Runs {@code answer} (given the request's id) once per key: the answer that ran, or the one kept for a replay;
     * {@code refusal} answers a key still running or reused with another request, in the door's own format.
     */
    public HttpResponse<?> run(UserId user, IdempotentRequest request, HttpStatus success,
                               Function<String, HttpResponse<JsonNode>> answer,
                               Function<Idempotent<HttpResponse<?>>, HttpResponse<?>> refusal) {
        Idempotent<HttpResponse<?>> outcome = runIdempotently.run(user, request,
                requestId -> attempt(answer.apply(requestId), success));
        return switch (outcome) {
            case Idempotent.Ran<HttpResponse<?>> ran -> ran.response();
            case Idempotent.Replayed<HttpResponse<?>> replayed -> sent(success, replayed.body());
            case Idempotent.StillRunning<HttpResponse<?>> running -> refusal.apply(running);
            case Idempotent.KeyReused<HttpResponse<?>> reused -> refusal.apply(reused);
        };
    }

    /** The key the client sent, when it sent one; 400 ({@code idempotency_key.invalid}) when it is blank or long. */
    public static Optional<String> sentKey(HttpRequest<?> request) {
        return request.getHeaders().findFirst(HEADER).map(key -> {
            if (key.isBlank() || key.length() > IdempotentRequest.MAX_KEY_LENGTH) {
                throw new InvalidRequest("idempotency_key.invalid", String.valueOf(IdempotentRequest.MAX_KEY_LENGTH));
            }
            return key;
        });
    }

    /**
     * A SHA-256 of the path, {@code head} (what else makes the request another one) and the whole raw body: the same
     * hash tells a retry from another request that reuses the key.
     */
    public static String requestHash(HttpRequest<?> request, String head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getPath() + "\n" + head + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private Attempt<HttpResponse<?>> attempt(HttpResponse<JsonNode> response, HttpStatus success) {
        if (response.status() != success) {
            return new Attempt.Pass<>(response);
        }
        try {
            String body = json.writeValueAsString(response.body());
            return new Attempt.Keep<>(body, sent(success, body));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write an answer", e);
        }
    }

    private static HttpResponse<String> sent(HttpStatus status, String body) {
        return HttpResponse.<String>status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }
}
