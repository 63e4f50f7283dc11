package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.openapi.PartnerCharged;
import dev.slicewise.adapter.http.openapi.PartnerErrorBody;
import dev.slicewise.adapter.http.openapi.PartnerExamples;
import dev.slicewise.adapter.http.openapi.PartnerUserCredentials;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.Optional;

import static dev.slicewise.adapter.http.openapi.OpenApiController.PARTNER_TAG;

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

    @Operation(operationId = "partnerSendMessage", summary = "One turn of the conversation", tags = PARTNER_TAG,
            description = """
                    The client sends the whole conversation (`messages`, oldest first; the service keeps none of it), \
                    the user's slicing profiles (every filament and process preset, the selected ones marked, as \
                    OrcaSlicer's configuration: every scalar a string, every filament value an array of strings) and \
                    the plates. The answer is text, agent actions for the slicer and, for a settings request, \
                    `slicing_profiles` (a process preset to switch to, filament and process overrides) with one \
                    explanation per changed setting, every value checked against the settings catalog. \
                    `chat_id` (from `POST chats/`) is optional, a string or an integer. `current_workflow` is null or \
                    `print_troubleshooting`. Unknown fields are ignored; a `null` content of an earlier message is \
                    read as empty. A request that lacks the slicing setup a workflow needs (no profiles or plates, \
                    not exactly one filament preset, no model) is answered 200 with what is missing, for free.""",
            parameters = {
                    @Parameter(name = "lang", in = ParameterIn.QUERY, description = PartnerUserCredentials.LANG,
                            example = "en", schema = @Schema(type = "string")),
                    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
                            description = PartnerCharged.IDEMPOTENCY_KEY, example = "bracket-stronger-1",
                            schema = @Schema(type = "string", minLength = 1, maxLength = 255))},
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", requiredProperties = {"elegoo_user_id", "access_token",
                            "messages"}),
                    examples = {
                            @ExampleObject(name = "settings", summary = "A wish about the print",
                                    value = PartnerExamples.MESSAGE_REQUEST),
                            @ExampleObject(name = "command", summary = "A slicer command",
                                    value = PartnerExamples.MESSAGE_SLICE_REQUEST)})))
    @ApiResponse(responseCode = "200", description = "The assistant's answer, charged (`credit_resp` is the credits "
            + "system's receipt; null when nothing was charged)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "settings", summary = "A recommendation with its explanations",
                                    value = PartnerExamples.MESSAGE_RECOMMENDATION),
                            @ExampleObject(name = "command", summary = "An agent action for the slicer",
                                    value = PartnerExamples.MESSAGE_ACTION),
                            @ExampleObject(name = "setup-missing", summary = "No slicing profiles: free",
                                    value = PartnerExamples.MESSAGE_SETUP_MISSING)}))
    @ApiResponse(responseCode = "400", description = "Not JSON, a field missing or of the wrong type, an unknown "
            + "`chat_id` or workflow, an Idempotency-Key over 255 characters or reused with another body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerErrorBody.class), examples = {
                            @ExampleObject(name = "no-message", value = PartnerExamples.MESSAGE_REQUIRED),
                            @ExampleObject(name = "unknown-chat", value = PartnerExamples.CHAT_ID_UNKNOWN),
                            @ExampleObject(name = "not-json", value = PartnerExamples.NOT_JSON),
                            @ExampleObject(name = "key-reused", value = PartnerExamples.KEY_REUSED)}))
    @PartnerUserCredentials
    @PartnerCharged
    @Post(value = "/chats/messages", consumes = MediaType.ALL,
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> send(HttpRequest<?> request, @Parameter(hidden = true) @Nullable @Body byte[] body) {
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
