package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.AnswerJson;
import dev.slicewise.adapter.http.ErrorMessages;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.EventStream;
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
import dev.slicewise.application.port.in.StopReplyUseCase;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.assistant.ModelKind;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

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
            "stream", "lang", "user", "slicing_profiles", "plates", "attachments", "code_language");

    private static final System.Logger LOG = System.getLogger(ChatController.class.getName());

    private final SessionChatUseCase chat;
    private final StopReplyUseCase stops;
    private final ListModelsUseCase models;
    private final KeyAdmissions keys;
    private final IdempotentRuns runs;
    private final JsonMapper json;
    private final Duration pingEvery;

    /** @param pingEvery the silence after which a stream sends a {@code ping} event (10 seconds) */
    public ChatController(SessionChatUseCase chat, StopReplyUseCase stops, ListModelsUseCase models,
                          KeyAdmissions keys, RunIdempotentlyUseCase runIdempotently, JsonMapper json,
                          @Value("${slicewise.streams.ping-every:10s}") Duration pingEvery) {
        this.chat = chat;
        this.stops = stops;
        this.models = models;
        this.keys = keys;
        this.runs = new IdempotentRuns(runIdempotently, json);
        this.json = json;
        this.pingEvery = pingEvery;
    }

    @Operation(operationId = "chat", summary = "One message to a conversation the service keeps", tags = NATIVE_TAG,
            description = """
                    `message` (required, trimmed, at most 10,000 characters); `session_id` continues a session of the \
                    key (absent or null: a new session, titled from this message); `context` (what the conversation \
                    is about, kept on the session); `model` (one of `GET /api/v1/models`; default: the configured \
                    routing); `temperature` (0.0 to 2.0); `lang` (the partner API's nine codes; default: the \
                    message's language); `user` (the caller's end user, at most 256 characters); `slicing_profiles` \
                    and `plates` exactly as on the partner API; `code_language` (`jscad`, the default, or \
                    `openscad`; a message naming one, "now in OpenSCAD", picks it too, and a session keeps the \
                    language of its last part) is the language of a designed part's code. The answer: `source` is \
                    `intent_model` when the embedded engine answered and `llm` when a provider did; `confidence` is \
                    the intent model's score; `code` (the part's code: parameters at the top, one function per \
                    feature, `main()` returning the solid in JSCAD) and `code_language` are null unless the reply \
                    designed a part (`intent` `generate_model`; a follow-up such as "make the teeth longer", "10 mm \
                    taller" or "now in inches" changes the session's last part); \
                    `slicing_profiles` is null without a recommendation. The user message and the answer are saved \
                    together once the answer exists and is charged. With `"stream": true` (or `Accept: \
                    text/event-stream`) the answer is `text/event-stream`: `message` events \
                    (`{"id", "session_id", "delta"}`) as the text is written, then one `message_end` with the whole \
                    answer above (plus `"stopped": true` when it was stopped, see `POST /api/v1/chat/{id}/stop`), or \
                    an `error` event (`{"id", "code", "message"}`: nothing saved or charged) when the turn fails \
                    after the stream began, among them `insufficient_credits` when the charge at the end is refused; \
                    `ping` (`{}`) after 10 s of silence. Errors before the first event are the ordinary JSON errors. \
                    An `Idempotency-Key` cannot be combined with streaming (400): a replayed stream could not be told \
                    from a live one.""",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
                    description = NativeCharged.IDEMPOTENCY_KEY, example = "stronger-1",
                    schema = @Schema(type = "string", minLength = 1, maxLength = 255)),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", requiredProperties = "message"), examples = {
                            @ExampleObject(name = "new-session", summary = "A command, in a new session",
                                    value = NativeExamples.CHAT_REQUEST),
                            @ExampleObject(name = "settings", summary = "A wish about the print, in that session",
                                    value = NativeExamples.CHAT_SETTINGS_REQUEST)})))
    @ApiResponse(responseCode = "200", description = "The assistant's message, saved and charged; streamed as "
            + "server-sent events when asked",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "new-session", value = NativeExamples.CHAT_ANSWER),
                            @ExampleObject(name = "settings", value = NativeExamples.CHAT_SETTINGS_ANSWER)}),
                    @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(type = "string"),
                            examples = @ExampleObject(name = "streamed", value = NativeExamples.CHAT_STREAM))})
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a field missing, empty or of the wrong type, "
            + "a model that is not available, a `code_language` other than `jscad` and `openscad`, or an "
            + "`Idempotency-Key` with streaming",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "empty", value = NativeExamples.MESSAGE_EMPTY),
                            @ExampleObject(name = "model", value = NativeExamples.MODEL_NOT_AVAILABLE),
                            @ExampleObject(name = "stream", value = NativeExamples.STREAM_WITH_IDEMPOTENCY_KEY)}))
    @ApiResponse(responseCode = "404", description = "`session_id` names no session of this key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.SESSION_NOT_FOUND)))
    @NativeApiKey
    @NativeCharged
    @Post(consumes = MediaType.APPLICATION_JSON, produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    public HttpResponse<?> chat(HttpRequest<?> request, @Parameter(hidden = true) @Nullable @Body byte[] body) {
        return keys.withKey(request, owner -> {
            JsonNode fields = NativeJson.object(request, json, body, FIELDS);
            SessionChatCommand command = command(request, fields);
            Optional<String> sentKey = sentKey(request);
            if (streamed(request, fields)) {
                if (sentKey.isPresent()) {
                    throw NativeError.invalid("An Idempotency-Key cannot be sent with a streamed chat; send the "
                            + "message without it, or without streaming.");
                }
                return EventStream.respond(pingEvery, sink -> streamed(request, owner, command, sink)
                        .map(ChatController::asJson));
            }
            if (sentKey.isEmpty()) {
                return asJson(answer(request, chat.chat(owner, command, UUID.randomUUID().toString()))
                        .toMutableResponse());
            }
            IdempotentRequest once = new IdempotentRequest(sentKey.get(),
                    IdempotentRuns.requestHash(request, "", body));
            return asJson(runs.run(owner, once, HttpStatus.OK,
                    requestId -> answer(request, chat.chat(owner, command, requestId)),
                    refused -> NativeError.conflict(
                            "The Idempotency-Key is in use by a request that is still running, or was used with "
                                    + "another request; wait for the first answer or send another key.")
                            .answer(request)).toMutableResponse());
        });
    }

    @Operation(operationId = "stopChat", summary = "Stop a reply being streamed", tags = NATIVE_TAG,
            description = """
                    `id` is the `id` of the stream's `message` events. The stream, on whichever node it runs, ends \
                    within a second with `message_end` and `"stopped": true`; the text written so far is the answer \
                    kept and shown in history, charged once (a stopped reply without text is neither kept nor \
                    charged); the model call is cancelled. A message that already finished answers \
                    `already_finished`; an unknown id, or another key's, 404.""",
            parameters = @Parameter(name = "id", in = ParameterIn.PATH, description = "The streamed answer's id",
                    example = "msg_9f2c4e1a0b3d4c5e8f7a6b5c4d3e2f10"))
    @ApiResponse(responseCode = "200", description = "Stopped, or already finished",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "stopped", value = NativeExamples.STOP_SUCCESS),
                            @ExampleObject(name = "finished", value = NativeExamples.STOP_ALREADY_FINISHED)}))
    @ApiResponse(responseCode = "404", description = "No message of this key has that id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.MESSAGE_NOT_FOUND)))
    @NativeApiKey
    @Post(value = "/{id}/stop", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> stop(HttpRequest<?> request, @PathVariable String id) {
        return keys.withKey(request, owner -> {
            MessageId message = MessageId.parse(id).orElseThrow(ChatController::unknownMessage);
            return switch (stops.stop(owner, message)) {
                case STOPPED -> HttpResponse.ok(result("success"));
                case ALREADY_FINISHED -> HttpResponse.ok(result("already_finished"));
                case UNKNOWN -> throw unknownMessage();
            };
        });
    }

    /** Whether the answer is asked for as events: {@code "stream": true}, or {@code Accept: text/event-stream}. */
    private static boolean streamed(HttpRequest<?> request, JsonNode fields) {
        return NativeJson.field(fields, "stream").map(JsonNode::getBooleanValue).orElse(false)
                || request.getHeaders().accept().stream().anyMatch(MediaType.TEXT_EVENT_STREAM_TYPE::matches);
    }

    /**
     * The streamed answer: a {@code message} event per piece of text, then {@code message_end} with the body of the
     * answer as {@link #answer} gives it, or an {@code error} event when the turn failed after the stream began; a
     * refusal before anything was sent is the ordinary answer, returned. A client that went away gets nothing more.
     */
    private Optional<MutableHttpResponse<?>> streamed(HttpRequest<?> request, UserId owner,
                                                      SessionChatCommand command, EventStream.Sink sink) {
        AtomicReference<String> answerId = new AtomicReference<>("");
        SessionChatOutcome outcome;
        try {
            outcome = chat.stream(owner, command, UUID.randomUUID().toString(), text -> {
                answerId.set(text.messageId().value());
                Map<String, JsonNode> data = new LinkedHashMap<>();
                data.put("id", JsonNode.createStringNode(text.messageId().value()));
                data.put("session_id", JsonNode.createStringNode(text.sessionId().value()));
                data.put("delta", JsonNode.createStringNode(text.delta()));
                sink.send("message", write(JsonNode.createObjectNode(data)));
            });
        } catch (CancellationException cancelled) {
            return Optional.empty();
        } catch (RuntimeException failure) {
            if (!sink.begun()) {
                throw failure;
            }
            LOG.log(System.Logger.Level.WARNING, "a streamed answer failed after it began", failure);
            sink.send("error", errorEvent(answerId.get(), "service_unavailable",
                    "The answer could not be completed; nothing was saved or charged. Try again."));
            return Optional.empty();
        }
        if (outcome instanceof SessionChatOutcome.Answered(Paid.Delivered<SessionAnswer> delivered)) {
            sink.send("message_end", write(deliveredBody(delivered)));
            return Optional.empty();
        }
        MutableHttpResponse<?> refusal = answer(request, outcome).toMutableResponse();
        if (!sink.begun()) {
            return Optional.of(refusal);
        }
        JsonNode error = refusal.getBody(JsonNode.class).map(body -> body.get("error")).orElseThrow();
        sink.send("error", errorEvent(answerId.get(), error.get("code").getStringValue(),
                error.get("message").getStringValue()));
        return Optional.empty();
    }

    /** The answer to an outcome; an error is answered, not thrown, so that an idempotency key is freed by it. */
    private HttpResponse<JsonNode> answer(HttpRequest<?> request, SessionChatOutcome outcome) {
        return switch (outcome) {
            case SessionChatOutcome.UnknownSession unknown -> unknownSession().answer(request);
            case SessionChatOutcome.ImageRefused refused -> NativeError.invalid(PlateRefusals.sentence(
                    refused.refusal(), Errors.language(request))).answer(request);
            case SessionChatOutcome.AnalysisBusy busy -> Errors.unavailable(request, "plate_analysis.busy");
            case SessionChatOutcome.Answered answered -> switch (answered.answer()) {
                case Paid.Delivered<SessionAnswer> delivered -> HttpResponse.ok(deliveredBody(delivered));
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

    private JsonNode deliveredBody(Paid.Delivered<SessionAnswer> delivered) {
        return answerBody(delivered.answer(), delivered.receipt().map(receipt -> AnswerJson.receipt(json, receipt))
                .orElse(JsonNode.nullNode()));
    }

    private String errorEvent(String id, String code, String message) {
        Map<String, JsonNode> data = new LinkedHashMap<>();
        data.put("id", JsonNode.createStringNode(id));
        data.put("code", JsonNode.createStringNode(code));
        data.put("message", JsonNode.createStringNode(message));
        return write(JsonNode.createObjectNode(data));
    }

    /** The data of an event: JSON on one line. */
    private String write(JsonNode data) {
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON answer says so whatever the request accepted, so that it is never taken for an event stream. */
    private static MutableHttpResponse<?> asJson(MutableHttpResponse<?> response) {
        return response.getContentType().isPresent() ? response : response.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static JsonNode result(String result) {
        return JsonNode.createObjectNode(Map.of("result", JsonNode.createStringNode(result)));
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
        });
        try {
            return new SessionChatCommand(text, sessionId, context, new ModelChoice(model(body), temperature(body)),
                    language(body), endUser, SlicingFields.profiles(body), SlicingFields.plates(body),
                    images(body), codeLanguage(body));
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

    /** The language asked for a designed part's code: {@code "jscad"} or {@code "openscad"}, else 400. */
    private static Optional<CodeLanguage> codeLanguage(JsonNode body) {
        return NativeJson.field(body, "code_language").map(node -> CodeLanguage.fromWire(
                node.isString() ? node.getStringValue() : "").orElseThrow(() -> NativeError.invalid(
                "'code_language' must be \"jscad\" or \"openscad\".")));
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

    private static NativeError unknownMessage() {
        return NativeError.notFound("No such message.");
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
        body.put("code", answer.reply().code().map(code -> JsonNode.createStringNode(code.text()))
                .orElse(JsonNode.nullNode()));
        body.put("code_language", answer.reply().code()
                .map(code -> JsonNode.createStringNode(code.language().wireName())).orElse(JsonNode.nullNode()));
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
        if (answer.stopped()) {
            body.put("stopped", JsonNode.createBooleanNode(true));
        }
        return JsonNode.createObjectNode(body);
    }

    private static JsonNode withReceipt(JsonNode error, JsonNode receipt) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("error", error.get("error"));
        body.put("credit_resp", receipt);
        return JsonNode.createObjectNode(body);
    }
}
