package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.application.port.in.AuthenticateUserUseCase;
import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.application.port.in.SendChatMessageCommand;
import dev.slicewise.application.port.in.SendChatMessageUseCase;
import dev.slicewise.application.port.in.TurnOutcome;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Optional;

/**
 * {@code POST chats/messages/}: one turn of the conversation. The body is read first (400), then the credentials are
 * checked (401), then the fields and the idempotency key (400); the use case answers and charges, once per key: the
 * answer is sent as the exact JSON text that is kept for a retry (see ADR 0005).
 */
@Controller("/ent/partners/api/elegoo")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChatMessagesController {

    private final SendChatMessageUseCase sendChatMessage;
    private final IdempotentAnswers answers;
    private final Wire wire;

    public ChatMessagesController(AuthenticateUserUseCase users, SendChatMessageUseCase sendChatMessage,
                                  RunIdempotentlyUseCase runIdempotently, JsonMapper json) {
        this.sendChatMessage = sendChatMessage;
        this.answers = new IdempotentAnswers(users, runIdempotently, json);
        this.wire = new Wire(json);
    }

    @Post(value = "/chats/messages", consumes = MediaType.ALL,
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> send(HttpRequest<?> request, @Nullable @Body byte[] body) {
        return answers.answer(request, body, HttpStatus.OK, SendChatMessageRequest::read,
                SendChatMessageCommand::chatId, (user, command, requestId, language) ->
                        answer(sendChatMessage.send(user, command, requestId), language));
    }

    /** A turn that lacks the slicing setup is answered (200, free) with what is missing. */
    private HttpResponse<JsonNode> answer(TurnOutcome outcome, Language language) {
        return switch (outcome) {
            case TurnOutcome.Answered answered -> wire.paid(answered.reply(), HttpStatus.OK, wire::answer, language);
            case TurnOutcome.NeedsSlicingSetup setup -> HttpResponse.ok(wire.answer(
                    setup.missing().explained(language), Optional.empty()));
            case TurnOutcome.UnknownChat unknown -> Errors.error(HttpStatus.BAD_REQUEST, language, "chat_id.unknown");
        };
    }
}
