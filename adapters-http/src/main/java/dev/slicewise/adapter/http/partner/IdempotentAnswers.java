package dev.slicewise.adapter.http.partner;

import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.IdempotentRuns;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.application.port.in.AuthenticateUserUseCase;
import dev.slicewise.application.port.in.Idempotent;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.util.Optional;
import java.util.function.Function;

/**
 * A charged partner request, the same way on every endpoint that charges: the body is read first (400), then the
 * credentials are checked (401), then the fields and the idempotency key (400), and the answer runs once per key
 * ({@link IdempotentRuns}, ADR 0005).
 */
final class IdempotentAnswers {

    /** What an endpoint reads from the body, once the credentials were accepted. */
    interface Command<C> {
        C read(JsonNode body, Language language);
    }

    /** The endpoint's answer to the command, for the user, under the request's id. */
    interface Answer<C> {
        HttpResponse<JsonNode> to(UserId user, C command, String requestId, Language language);
    }

    private final AuthenticateUserUseCase users;
    private final IdempotentRuns runs;
    private final JsonMapper json;

    IdempotentAnswers(AuthenticateUserUseCase users, RunIdempotentlyUseCase runIdempotently, JsonMapper json) {
        this.users = users;
        this.runs = new IdempotentRuns(runIdempotently, json);
        this.json = json;
    }

    /** The whole request: its body, its credentials, its command ({@code chatId} of it), its answer once per key. */
    <C> HttpResponse<?> answer(HttpRequest<?> request, byte[] body, HttpStatus success, Command<C> command,
                               Function<C, Optional<ChatId>> chatId, Answer<C> answer) {
        Language language = Errors.language(request);
        try {
            JsonNode object = Requests.jsonObject(json, body);
            return Requests.withCredentials(PresentedCredentials.read(Optional.of(object), request.getParameters()),
                    users, language, user -> {
                        C read = command.read(object, language);
                        IdempotentRequest once = IdempotencyKeys.read(request, language, body, chatId.apply(read));
                        return once(user, once, success, requestId -> answer.to(user, read, requestId, language),
                                language);
                    });
        } catch (InvalidRequest invalid) {
            return Errors.badRequest(language, invalid);
        }
    }

    /** Runs {@code answer} (given the request's id) once per key, or answers from what the key holds. */
    private HttpResponse<?> once(UserId user, IdempotentRequest request, HttpStatus success,
                                 Function<String, HttpResponse<JsonNode>> answer, Language language) {
        return runs.run(user, request, success, answer, refused -> switch (refused) {
            case Idempotent.StillRunning<HttpResponse<?>> running ->
                    Errors.error(HttpStatus.CONFLICT, language, "idempotency_key.in_progress");
            default -> Errors.error(HttpStatus.BAD_REQUEST, language, "idempotency_key.reused");
        });
    }
}
