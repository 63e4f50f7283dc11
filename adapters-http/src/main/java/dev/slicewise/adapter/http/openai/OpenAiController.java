package dev.slicewise.adapter.http.openai;

import dev.slicewise.adapter.http.AnswerJson;
import dev.slicewise.adapter.http.ApiKeyGate;
import dev.slicewise.adapter.http.EventStream;
import dev.slicewise.adapter.http.openai.CompletionJson.Usage;
import dev.slicewise.adapter.http.openapi.OpenAiApiKey;
import dev.slicewise.adapter.http.openapi.OpenAiErrorBody;
import dev.slicewise.adapter.http.openapi.OpenAiExamples;
import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.in.SendChatMessageUseCase;
import dev.slicewise.application.port.in.TurnOutcome;
import dev.slicewise.application.port.out.AssistantUnavailable;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import static dev.slicewise.adapter.http.openapi.OpenApiController.OPENAI_TAG;

/**
 * The OpenAI-compatible endpoints, so that any OpenAI SDK or chat front end can talk to Slicewise with a native API
 * key as its bearer token ({@link ApiKeyGate}: 401, 429 with {@code Retry-After}, the rate headers): {@code GET
 * /v1/models} lists the one model, {@value #MODEL}; {@code POST /v1/chat/completions} answers the last user message
 * of {@code messages} with the earlier ones as history ({@link CompletionRequest}), stateless as OpenAI's API is:
 * the turn goes through the same core as the partner API's ({@link SendChatMessageUseCase}, charged once to the key's
 * owner and recorded), nothing of the conversation is kept. Errors are OpenAI's {@code {"error": {"message", "type",
 * "param", "code"}}}.
 */
@Controller("/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OpenAiController {

    /** The one model: the assistant with its routing between the embedded engine and the configured providers. */
    public static final String MODEL = "slicewise";
    private static final String DONE = "[DONE]";

    private final SendChatMessageUseCase chat;
    private final ApiKeyGate keys;
    private final JsonMapper json;
    private final Clock clock;
    private final long started;

    public OpenAiController(SendChatMessageUseCase chat, ApiKeyGate keys, JsonMapper json,
                            Clock clock) {
        this.chat = chat;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.started = clock.instant().getEpochSecond();
    }

    @Operation(operationId = "openAiModels", summary = "The model an OpenAI client may name", tags = OPENAI_TAG,
            description = "One model, `slicewise`: the assistant with its routing between the embedded engine and "
                    + "the configured providers. `created` is the second the service started.")
    @ApiResponse(responseCode = "200", description = "The models, as OpenAI lists them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "models", value = OpenAiExamples.MODELS)))
    @OpenAiApiKey
    @Get(value = "/models", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> models(HttpRequest<?> request) {
        return keys.withKey(request, owner -> {
            Map<String, JsonNode> model = new LinkedHashMap<>();
            model.put("id", JsonNode.createStringNode(MODEL));
            model.put("object", JsonNode.createStringNode("model"));
            model.put("created", JsonNode.createNumberNode(started));
            model.put("owned_by", JsonNode.createStringNode("slicewise"));
            Map<String, JsonNode> list = new LinkedHashMap<>();
            list.put("object", JsonNode.createStringNode("list"));
            list.put("data", JsonNode.createArrayNode(List.of(JsonNode.createObjectNode(model))));
            return HttpResponse.ok(JsonNode.createObjectNode(list));
        });
    }

    @Operation(operationId = "openAiChatCompletions", summary = "OpenAI's Chat Completions, answered by Slicewise",
            tags = OPENAI_TAG, description = """
                    `model` must be `slicewise` (404 `model_not_found` otherwise). `messages`: the last one is the \
                    user's and is answered, the earlier ones are its history; system and developer messages are \
                    accepted and left out (Slicewise's assistant keeps its own instructions); `content` is a string or \
                    text parts, joined by a line break; images are refused (400): a photo of a print is analysed with \
                    its plate on `POST /api/v1/chat`. `temperature` (0 to 2), `max_tokens`, `max_completion_tokens` \
                    (at least 1), `n` (1 only) and `stream_options` are checked and accepted; the routing chooses the \
                    engine and its settings. Other fields of OpenAI's API are ignored. `slicing_profiles` and \
                    `plates`, as on the partner API, enable the slicing workflows. The reply language is the last \
                    user message's. Stateless: nothing of the conversation is kept; the answer is charged once to \
                    the key's owner and recorded, like a native message. Agent actions and setting changes are \
                    written after the reply's text (`Actions:`, `Process preset:`, `Settings:`, `Why:`) and given \
                    whole in the `slicewise` member of the message (of the last chunk's `delta` when streamed), as \
                    the native API writes them, with the credits receipt. `usage` counts the provider's tokens (0 \
                    when the embedded engine answered). `"stream": true` answers as server-sent events: one \
                    `data:` line per `chat.completion.chunk`, flushed as it is written, the first with `delta.role`, \
                    then the text as it is produced, the last with `finish_reason: "stop"` and `slicewise`, then the \
                    usage chunk when `stream_options.include_usage`, then `data: [DONE]`. A refused or failed charge, \
                    or a provider failing mid-answer, ends the stream with a `data:` line of OpenAI's error shape and \
                    nothing charged; a client that disconnects cancels the turn, and nothing is charged.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", requiredProperties = {"model", "messages"}), examples = {
                            @ExampleObject(name = "question", summary = "A question, with a front end's system "
                                    + "prompt", value = OpenAiExamples.REQUEST),
                            @ExampleObject(name = "settings", summary = "A wish about the print, with the slicer's "
                                    + "profiles", value = OpenAiExamples.SETTINGS_REQUEST),
                            @ExampleObject(name = "stream", summary = "Streamed, with the usage",
                                    value = OpenAiExamples.STREAM_REQUEST)})))
    @ApiResponse(responseCode = "200", description = "The answer, charged: a `chat.completion`, or its chunks as "
            + "server-sent events",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                            examples = @ExampleObject(name = "settings", value = OpenAiExamples.SETTINGS_ANSWER)),
                    @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(type = "string"),
                            examples = @ExampleObject(name = "stream", value = OpenAiExamples.STREAM))})
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a field missing or of the wrong type, no user "
            + "message last, an image, `n` other than 1",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiErrorBody.class), examples = {
                            @ExampleObject(name = "messages", value = OpenAiExamples.MESSAGES_MISSING),
                            @ExampleObject(name = "image", value = OpenAiExamples.IMAGE_REFUSED),
                            @ExampleObject(name = "n", value = OpenAiExamples.N_REFUSED)}))
    @ApiResponse(responseCode = "402", description = "The credits system refused the charge; nothing was charged.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiErrorBody.class),
                    examples = @ExampleObject(name = "refused", value = OpenAiExamples.CREDITS_REFUSED)))
    @ApiResponse(responseCode = "404", description = "A model other than `slicewise`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiErrorBody.class),
                    examples = @ExampleObject(name = "model", value = OpenAiExamples.MODEL_NOT_FOUND)))
    @ApiResponse(responseCode = "502", description = "The credits system failed; nothing was charged, a retry is "
            + "safe.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiErrorBody.class),
                    examples = @ExampleObject(name = "upstream", value = OpenAiExamples.CREDITS_FAILED)))
    @OpenAiApiKey
    @Post(value = "/chat/completions", consumes = MediaType.APPLICATION_JSON,
            produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    public HttpResponse<?> completions(HttpRequest<?> request, @Parameter(hidden = true) @Nullable @Body byte[] body) {
        return keys.withKey(request, owner -> {
            try {
                CompletionRequest completion = CompletionRequest.read(request, json, body);
                CompletionJson answer = new CompletionJson("chatcmpl-" + UUID.randomUUID().toString()
                        .replace("-", ""), clock.instant().getEpochSecond());
                return completion.stream()
                        ? EventStream.respond(sink -> {
                            stream(owner, completion, answer, sink::send);
                            return Optional.empty();
                        })
                        : whole(request, owner, completion, answer);
            } catch (OpenAiError error) {
                return error.answer(request);
            }
        });
    }

    /** The whole answer at once; a refused charge is a 402, a failed one a 502, and nothing is delivered. */
    private MutableHttpResponse<?> whole(HttpRequest<?> request, UserId owner, CompletionRequest completion,
                                         CompletionJson answer) {
        return switch (chat.send(owner, completion.command(), answer.id())) {
            case TurnOutcome.Answered answered -> switch (answered.reply()) {
                case Paid.Delivered<AssistantReply> delivered -> HttpResponse.ok(answer.completion(
                        delivered.answer().content() + CompletionJson.appendix(delivered.answer()),
                        CompletionJson.slicewise(delivered.answer(), receipt(delivered)),
                        Usage.of(answered.provenance())));
                case Paid.Refused<AssistantReply> refused -> refused().answer(request);
                case Paid.Unavailable<AssistantReply> unavailable -> creditsUnavailable().answer(request);
            };
            case TurnOutcome.NeedsSlicingSetup setup -> {
                AssistantReply explained = setup.missing().explained(completion.command().language());
                yield HttpResponse.ok(answer.completion(explained.content() + CompletionJson.appendix(explained),
                        CompletionJson.slicewise(explained, JsonNode.nullNode()), Usage.NONE));
            }
            case TurnOutcome.UnknownChat unknown -> throw new IllegalStateException("a completion names no chat");
        };
    }

    /**
     * The answer as chunks: the first says who speaks, then the text as it is produced, then the actions and changes
     * as text, then the last chunk with {@code finish_reason} and {@code slicewise}, the usage chunk when asked for
     * and {@code [DONE]}. A refused or failed charge, or a provider failing mid-answer, ends the stream with an error
     * chunk and nothing charged; a client that goes away cancels the turn, and nothing is charged.
     */
    private void stream(UserId owner, CompletionRequest completion, CompletionJson answer, Consumer<String> out) {
        boolean usage = completion.includeUsage();
        out.accept(write(answer.chunk(CompletionJson.text(true, ""), false, usage)));
        Consumer<String> text = delta -> out.accept(write(answer.chunk(CompletionJson.text(false, delta), false,
                usage)));
        TurnOutcome outcome;
        try {
            outcome = chat.stream(owner, completion.command(), answer.id(), text);
        } catch (CancellationException cancelled) {
            return;
        } catch (AssistantUnavailable failed) {
            out.accept(write(OpenAiError.of(HttpStatus.SERVICE_UNAVAILABLE, "The assistant failed while "
                    + "answering; nothing was charged. Try again.").body()));
            return;
        }
        switch (outcome) {
            case TurnOutcome.Answered answered -> {
                switch (answered.reply()) {
                    case Paid.Delivered<AssistantReply> delivered -> {
                        String appendix = CompletionJson.appendix(delivered.answer());
                        if (!appendix.isEmpty()) {
                            text.accept(appendix);
                        }
                        end(answer, CompletionJson.slicewise(delivered.answer(), receipt(delivered)),
                                Usage.of(answered.provenance()), usage, out);
                    }
                    case Paid.Refused<AssistantReply> refused -> out.accept(write(refused().body()));
                    case Paid.Unavailable<AssistantReply> unavailable ->
                            out.accept(write(creditsUnavailable().body()));
                }
            }
            case TurnOutcome.NeedsSlicingSetup setup -> {
                AssistantReply explained = setup.missing().explained(completion.command().language());
                text.accept(explained.content() + CompletionJson.appendix(explained));
                end(answer, CompletionJson.slicewise(explained, JsonNode.nullNode()), Usage.NONE, usage, out);
            }
            case TurnOutcome.UnknownChat unknown -> throw new IllegalStateException("a completion names no chat");
        }
    }

    private void end(CompletionJson answer, Map<String, JsonNode> slicewise, Usage spent, boolean usage,
                     Consumer<String> out) {
        Map<String, JsonNode> delta = slicewise.isEmpty()
                ? Map.of()
                : Map.of("slicewise", JsonNode.createObjectNode(slicewise));
        out.accept(write(answer.chunk(delta, true, usage)));
        if (usage) {
            out.accept(write(answer.usageChunk(spent)));
        }
        out.accept(DONE);
    }

    private JsonNode receipt(Paid.Delivered<AssistantReply> delivered) {
        return delivered.receipt().map(receipt -> AnswerJson.receipt(json, receipt)).orElse(JsonNode.nullNode());
    }

    private static OpenAiError refused() {
        return OpenAiError.of(HttpStatus.PAYMENT_REQUIRED, "The credits system refused the charge for this "
                + "answer: the key's owner has not enough credits. Nothing was charged.");
    }

    private static OpenAiError creditsUnavailable() {
        return OpenAiError.of(HttpStatus.BAD_GATEWAY, "The credits system could not be reached; nothing was "
                + "charged. Try again.");
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree is always written", e);
        }
    }
}
