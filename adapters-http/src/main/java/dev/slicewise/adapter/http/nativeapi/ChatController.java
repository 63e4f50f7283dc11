package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.AnswerJson;
import dev.slicewise.adapter.http.ErrorMessages;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.IdempotentRuns;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.adapter.http.PlateRefusals;
import dev.slicewise.adapter.http.SlicingFields;
import dev.slicewise.adapter.http.openapi.NativeApiKey;
import dev.slicewise.adapter.http.openapi.NativeCharged;
import dev.slicewise.adapter.http.openapi.NativeErrorBody;
import dev.slicewise.adapter.http.openapi.NativeExamples;
import dev.slicewise.application.port.in.IdempotentRequest;
import dev.slicewise.application.port.in.ListModelsUseCase.AvailableModel;
import dev.slicewise.application.port.in.ListModelsUseCase;
import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.application.port.in.SessionAnswer;
import dev.slicewise.application.port.in.SessionChatCommand;
import dev.slicewise.application.port.in.SessionChatUseCase.SessionChatOutcome;
import dev.slicewise.application.port.in.SessionChatUseCase;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.assistant.ModelKind;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.user.UserId;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.slicewise.adapter.http.openapi.OpenApiController.NATIVE_TAG;

/**
 * {@code POST /api/v1/chat}: one message to a conversation the service keeps. The key is admitted first (401, 429),
 * then the body is read (400, 404 for a session that is not the key's), then the answer runs once per
 * {@code Idempotency-Key} when one is sent (409 while it runs or when reused with another body). The answer is charged
 * to the key's owner: 402 when the credits system refuses, 502 when it fails; either way nothing is kept.
 */
@Controller("/api/v1/chat")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChatController {

    private static final Set<String> FIELDS = Set.of("message", "session_id", "context", "model", "temperature",
            "stream", "lang", "user", "slicing_profiles", "plates", "attachments");

    private final SessionChatUseCase chat;
    private final ListModelsUseCase models;
    private final KeyAdmissions keys;
    private final IdempotentRuns runs;
    private final JsonMapper json;

    public ChatController(SessionChatUseCase chat, ListModelsUseCase models, KeyAdmissions keys,
                          RunIdempotentlyUseCase runIdempotently, JsonMapper json) {
        this.chat = chat;
        this.models = models;
        this.keys = keys;
        this.runs = new IdempotentRuns(runIdempotently, json);
        this.json = json;
    }

    @Operation(operationId = "chat", summary = "One message to a conversation the service keeps", tags = NATIVE_TAG,
            description = """
                    `message` (required, trimmed, at most 10,000 characters); `session_id` continues a session of the \
                    key (absent or null: a new session, titled from this message); `context` (what the conversation \
                    is about, kept on the session); `model` (one of `GET /api/v1/models`; default: the configured \
                    routing); `temperature` (0.0 to 2.0); `lang` (the partner API's nine codes; default: the \
                    message's language); `user` (the caller's end user, at most 256 characters); `slicing_profiles` \
                    and `plates` exactly as on the partner API. The answer: `source` is `intent_model` when the \
                    embedded engine answered and `llm` when a provider did; `confidence` is the intent model's \
                    score; `code` and `code_language` are null unless the reply generated a model; \
                    `slicing_profiles` is null without a recommendation. The user message and the answer are saved \
                    together once the answer exists and is charged. `"stream": true` is refused with 400 until \
                    streaming exists.""",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
                    description = NativeCharged.IDEMPOTENCY_KEY, example = "stronger-1",
                    schema = @Schema(type = "string", minLength = 1, maxLength = 255)),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", requiredProperties = "message"), examples = {
                            @ExampleObject(name = "new-session", summary = "A command, in a new session",
                                    value = NativeExamples.CHAT_REQUEST),
                            @ExampleObject(name = "settings", summary = "A wish about the print, in that session",
                                    value = NativeExamples.CHAT_SETTINGS_REQUEST)})))
    @ApiResponse(responseCode = "200", description = "The assistant's message, saved and charged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "new-session", value = NativeExamples.CHAT_ANSWER),
                            @ExampleObject(name = "settings", value = NativeExamples.CHAT_SETTINGS_ANSWER)}))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a field missing, empty or of the wrong type, "
            + "`stream: true`, or a model that is not available",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "empty", value = NativeExamples.MESSAGE_EMPTY),
                            @ExampleObject(name = "model", value = NativeExamples.MODEL_NOT_AVAILABLE),
                            @ExampleObject(name = "stream", value = NativeExamples.STREAM_NOT_YET)}))
    @ApiResponse(responseCode = "404", description = "`session_id` names no session of this key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.SESSION_NOT_FOUND)))
    @NativeApiKey
    @NativeCharged
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> chat(HttpRequest<?> request, @Parameter(hidden = true) @Nullable @Body byte[] body) {
        return keys.withKey(request, owner -> {
            SessionChatCommand command = command(request, NativeJson.object(request, json, body, FIELDS));
            Optional<String> sentKey = sentKey(request);
            if (sentKey.isEmpty()) {
                return answer(request, owner, command, UUID.randomUUID().toString()).toMutableResponse();
            }
            IdempotentRequest once = new IdempotentRequest(sentKey.get(),
                    IdempotentRuns.requestHash(request, "", body));
            return runs.run(owner, once, HttpStatus.OK, requestId -> answer(request, owner, command, requestId),
                    refused -> NativeError.conflict(
                            "The Idempotency-Key is in use by a request that is still running, or was used with "
                                    + "another request; wait for the first answer or send another key.")
                            .answer(request)).toMutableResponse();
        });
    }

    /** The answer to the command; an error is answered, not thrown, so that an idempotency key is freed by it. */
    private HttpResponse<JsonNode> answer(HttpRequest<?> request, UserId owner, SessionChatCommand command,
                                          String requestId) {
        return switch (chat.chat(owner, command, requestId)) {
            case SessionChatOutcome.UnknownSession unknown -> unknownSession().answer(request);
            case SessionChatOutcome.ImageRefused refused -> NativeError.invalid(PlateRefusals.sentence(
                    refused.refusal(), Errors.language(request))).answer(request);
            case SessionChatOutcome.AnalysisBusy busy -> Errors.unavailable(request, "plate_analysis.busy");
            case SessionChatOutcome.Answered answered -> switch (answered.answer()) {
                case Paid.Delivered<SessionAnswer> delivered ->
                        HttpResponse.ok(answerBody(delivered.answer(), delivered.receipt().map(receipt ->
                                AnswerJson.receipt(json, receipt)).orElse(JsonNode.nullNode())));
                case Paid.Refused<SessionAnswer> refused -> HttpResponse.<JsonNode>status(
                        HttpStatus.PAYMENT_REQUIRED).body(withReceipt(Errors.nativeBody("insufficient_credits",
                        "The credits system refused the charge for this answer; nothing was charged or saved."),
                        AnswerJson.receipt(json, refused.receipt())));
                case Paid.Unavailable<SessionAnswer> unavailable -> HttpResponse.<JsonNode>status(
                        HttpStatus.BAD_GATEWAY).body(Errors.nativeBody("upstream_error",
                        "The credits system could not be reached; nothing was charged or saved. Try again."));
            };
        };
    }

    private SessionChatCommand command(HttpRequest<?> request, JsonNode body) {
        String text = NativeJson.field(body, "message")
                .map(node -> NativeJson.string(node, "message"))
                .map(String::strip)
                .filter(message -> !message.isEmpty())
                .orElseThrow(() -> NativeError.invalid("'message' is required and must not be empty."));
        if (text.length() > SessionMessage.MAX_USER_TEXT_LENGTH) {
            throw NativeError.invalid("'message' must be at most " + SessionMessage.MAX_USER_TEXT_LENGTH
                    + " characters.");
        }
        Optional<SessionId> sessionId = NativeJson.field(body, "session_id")
                .map(node -> SessionId.parse(NativeJson.string(node, "session_id"))
                        .orElseThrow(ChatController::unknownSession));
        Optional<String> context = NativeJson.optionalText(body, "context", Session.MAX_CONTEXT_LENGTH);
        Optional<String> endUser = NativeJson.optionalText(body, "user", SessionChatCommand.MAX_END_USER_LENGTH);
        NativeJson.field(body, "stream").ifPresent(stream -> {
            if (!stream.isBoolean()) {
                throw NativeError.invalid("'stream' must be true or false.");
            }
            if (stream.getBooleanValue()) {
                throw NativeError.invalid("Streaming ('stream': true) is not available yet; send 'stream': false.");
            }
        });
        try {
            return new SessionChatCommand(text, sessionId, context, new ModelChoice(model(body), temperature(body)),
                    language(body), endUser, SlicingFields.profiles(body), SlicingFields.plates(body),
                    images(body));
        } catch (InvalidRequest invalid) {
            throw NativeError.invalid(ErrorMessages.get(Errors.language(request), invalid.messageKey(),
                    invalid.args()));
        }
    }

    /** The data URIs of the attached images: at most four, each {@code {"type": "image", "filename"?, "data"}}. */
    private static List<String> images(JsonNode body) {
        Optional<JsonNode> attachments = NativeJson.field(body, "attachments");
        if (attachments.isEmpty()) {
            return List.of();
        }
        if (!attachments.get().isArray() || attachments.get().size() > SessionChatCommand.MAX_IMAGES) {
            throw NativeError.invalid("'attachments' must be an array of at most " + SessionChatCommand.MAX_IMAGES
                    + " images.");
        }
        List<String> images = new ArrayList<>();
        int index = 0;
        for (JsonNode attachment : attachments.get().values()) {
            String path = "'attachments[" + index++ + "]";
            if (!attachment.isObject()) {
                throw NativeError.invalid(path + "' must be an object with 'type', 'filename' and 'data'.");
            }
            if (!NativeJson.field(attachment, "type").filter(JsonNode::isString)
                    .map(JsonNode::getStringValue).filter("image"::equals).isPresent()) {
                throw NativeError.invalid(path + ".type' must be \"image\".");
            }
            NativeJson.field(attachment, "filename").ifPresent(filename -> NativeJson.string(filename, "filename"));
            images.add(NativeJson.field(attachment, "data").filter(JsonNode::isString)
                    .map(JsonNode::getStringValue).filter(data -> data.startsWith("data:image/"))
                    .orElseThrow(() -> NativeError.invalid(path + ".data' must be an image as a data URL "
                            + "(data:image/jpeg;base64,...).")));
        }
        return images;
    }

    private Optional<String> model(JsonNode body) {
        Optional<String> model = NativeJson.field(body, "model").map(node -> NativeJson.string(node, "model"));
        List<String> chatModels = models.models().stream().filter(available -> available.kind() == ModelKind.CHAT)
                .map(AvailableModel::id).toList();
        if (model.isPresent() && !chatModels.contains(model.get())) {
            throw NativeError.modelNotAvailable("The model '" + model.get() + "' is not available; the models are "
                    + chatModels + ".");
        }
        return model;
    }

    private static Optional<Double> temperature(JsonNode body) {
        return NativeJson.field(body, "temperature").map(node -> {
            if (!node.isNumber() || !(node.getNumberValue().doubleValue() >= 0)
                    || node.getNumberValue().doubleValue() > ModelChoice.MAX_TEMPERATURE) {
                throw NativeError.invalid("'temperature' must be a number from 0.0 to 2.0.");
            }
            return node.getNumberValue().doubleValue();
        });
    }

    private static Optional<Language> language(JsonNode body) {
        return NativeJson.field(body, "lang").map(node -> {
            String tag = NativeJson.string(node, "lang");
            return Arrays.stream(Language.values()).filter(language -> language.tag().equalsIgnoreCase(tag))
                    .findFirst()
                    .orElseThrow(() -> NativeError.invalid("'lang' must be one of " + Arrays.stream(
                            Language.values()).map(Language::tag).toList() + "."));
        });
    }

    private static Optional<String> sentKey(HttpRequest<?> request) {
        try {
            return IdempotentRuns.sentKey(request);
        } catch (InvalidRequest invalid) {
            throw NativeError.invalid("The Idempotency-Key header must be 1 to "
                    + IdempotentRequest.MAX_KEY_LENGTH + " characters.");
        }
    }

    private static NativeError unknownSession() {
        return NativeError.notFound("No such session.");
    }

    /** The 200 answer: the kept answer, the session, who answered and how sure the intent model was. */
    private static JsonNode answerBody(SessionAnswer answer, JsonNode creditResp) {
        Provenance provenance = answer.provenance();
        boolean embedded = provenance.provider().equals(Provenance.EMBEDDED);
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("id", JsonNode.createStringNode(answer.message().id().value()));
        body.put("session_id", JsonNode.createStringNode(answer.session().id().value()));
        body.put("title", JsonNode.createStringNode(answer.session().title()));
        body.put("message", JsonNode.createStringNode(answer.reply().content()));
        body.put("code", JsonNode.nullNode());
        body.put("code_language", JsonNode.nullNode());
        body.put("agent_actions", AnswerJson.actions(answer.reply().actions()));
        body.put("slicing_profiles", answer.reply().recommendation().map(AnswerJson::recommendation)
                .orElse(JsonNode.nullNode()));
        body.put("per_override_explanations", AnswerJson.explanations(answer.reply().explanations()));
        body.put("intent", JsonNode.createStringNode(answer.classification().intent().name().toLowerCase(Locale.ROOT)));
        body.put("source", JsonNode.createStringNode(embedded ? "intent_model" : "llm"));
        body.put("confidence", JsonNode.createNumberNode(BigDecimal.valueOf(answer.classification().confidence())
                .setScale(4, RoundingMode.HALF_UP)));
        body.put("model_used", JsonNode.createStringNode(provenance.model()));
        long total = provenance.promptTokens() + provenance.completionTokens();
        body.put("tokens_used", JsonNode.createNumberNode(total));
        Map<String, JsonNode> usage = new LinkedHashMap<>();
        usage.put("prompt_tokens", JsonNode.createNumberNode(provenance.promptTokens()));
        usage.put("completion_tokens", JsonNode.createNumberNode(provenance.completionTokens()));
        usage.put("total_tokens", JsonNode.createNumberNode(total));
        body.put("usage", JsonNode.createObjectNode(usage));
        body.put("credit_resp", creditResp);
        body.put("timestamp", NativeJson.timestamp(answer.message().at()));
        return JsonNode.createObjectNode(body);
    }

    private static JsonNode withReceipt(JsonNode error, JsonNode receipt) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("error", error.get("error"));
        body.put("credit_resp", receipt);
        return JsonNode.createObjectNode(body);
    }
}
