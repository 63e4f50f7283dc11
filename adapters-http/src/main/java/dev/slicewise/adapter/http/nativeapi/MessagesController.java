package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.openapi.NativeApiKey;
import dev.slicewise.adapter.http.openapi.NativeErrorBody;
import dev.slicewise.adapter.http.openapi.NativeExamples;
import dev.slicewise.application.port.in.ManageSessionsUseCase;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Rating;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.slicewise.adapter.http.openapi.OpenApiController.NATIVE_TAG;

/**
 * {@code /api/v1/messages/{id}}, with a key: one message; and {@code POST .../feedback} {@code {"rating": "like" |
 * "dislike" | null, "content"?: "..."}} → {@code {"result": "success"}}, on an answer of the assistant only (400 on a
 * user's message). The rating is required, {@code null} withdrawing it; a blank content is no comment. The newest
 * feedback replaces the one before, and shows on the message.
 */
@Controller("/api/v1/messages")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MessagesController {

    private static final Set<String> FEEDBACK_FIELDS = Set.of("rating", "content");
    private static final String RATINGS = "'rating' must be \"like\", \"dislike\" or null.";
    /** The description of the {@code id} path parameter in the OpenAPI document. */
    private static final String MESSAGE_ID = "The message's id (`msg_` and 32 hex digits). A message of another "
            + "key is answered as an unknown one.";

    private final ManageSessionsUseCase sessions;
    private final KeyAdmissions admissions;
    private final JsonMapper json;

    public MessagesController(ManageSessionsUseCase sessions, KeyAdmissions admissions, JsonMapper json) {
        this.sessions = sessions;
        this.admissions = admissions;
        this.json = json;
    }

    @Operation(operationId = "getMessage", summary = "One message", tags = NATIVE_TAG,
            description = """
                    A message of any of the key's sessions: `{id, role, content, timestamp}`; an assistant's also \
                    has `agent_actions` (`[]` when it gave none), `code` and `code_language` (the code of the part \
                    it designed, null when it designed none) and `feedback` (null until feedback is given, then \
                    the newest `{rating, content}`, each null when withdrawn or not given). A user's message has \
                    none of them.""",
            parameters = @Parameter(name = "id", in = ParameterIn.PATH, description = MESSAGE_ID,
                    example = "msg_b71fe112f3d1eb32723fc6341d0c3513", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "The message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "assistant", summary = "An answer, with its feedback",
                                    value = NativeExamples.MESSAGE),
                            @ExampleObject(name = "user", value = NativeExamples.MESSAGE_OF_USER)}))
    @ApiResponse(responseCode = "404", description = "No message of this key has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.MESSAGE_ID_NOT_FOUND)))
    @NativeApiKey
    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String id) {
        return admissions.withKey(request, owner -> HttpResponse.ok(SessionJson.message(
                sessions.message(owner, NativeQuery.messageId(id)).orElseThrow(() -> NativeQuery.noMessage(id)))));
    }

    @Operation(operationId = "giveFeedback", summary = "Rates an answer of the assistant", tags = NATIVE_TAG,
            description = """
                    `rating` is required: `"like"`, `"dislike"`, or null to withdraw the rating; `content` is an \
                    optional comment, trimmed, at most 2,000 characters, blank or absent meaning none. The newest \
                    feedback replaces the one before, whole: a rating sent without `content` drops the earlier \
                    comment. It shows on the message (`GET /api/v1/messages/{id}`, the history, the session's \
                    messages). Only an assistant's message takes feedback.""",
            parameters = @Parameter(name = "id", in = ParameterIn.PATH, description = MESSAGE_ID,
                    example = "msg_b71fe112f3d1eb32723fc6341d0c3513", schema = @Schema(type = "string")),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", requiredProperties = "rating"),
                    examples = @ExampleObject(name = "like", value = NativeExamples.FEEDBACK_REQUEST))))
    @ApiResponse(responseCode = "200", description = "Kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "given", value = NativeExamples.FEEDBACK_GIVEN)))
    @ApiResponse(responseCode = "400", description = "No body, malformed JSON, an unknown field, no `rating` or "
            + "another value, a `content` that is not a string or is too long, or a message of the user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "no-rating", value = NativeExamples.RATING_REQUIRED),
                            @ExampleObject(name = "rating", value = NativeExamples.RATING_INVALID),
                            @ExampleObject(name = "user-message", value = NativeExamples.FEEDBACK_ON_USER)}))
    @ApiResponse(responseCode = "404", description = "No message of this key has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.MESSAGE_ID_NOT_FOUND)))
    @NativeApiKey
    @Post(value = "/{id}/feedback", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> feedback(HttpRequest<?> request, @PathVariable String id,
                                    @Parameter(hidden = true) @Nullable @Body byte[] body) {
        return admissions.withKey(request, owner -> {
            MessageId message = NativeQuery.messageId(id);
            JsonNode fields = NativeJson.object(request, json, body, FEEDBACK_FIELDS);
            Optional<Rating> rating = rating(fields);
            Optional<String> comment = comment(fields);
            return switch (sessions.giveFeedback(owner, message, rating, comment)) {
                case GIVEN -> HttpResponse.ok(
                        JsonNode.createObjectNode(Map.of("result", JsonNode.createStringNode("success"))));
                case NOT_FOUND -> throw NativeQuery.noMessage(id);
                case NOT_AN_ANSWER -> throw NativeError.invalid(
                        "Feedback can only be given on an assistant's message; '" + id + "' is the user's.");
            };
        });
    }

    private static Optional<Rating> rating(JsonNode fields) {
        JsonNode rating = fields.get("rating");
        if (rating == null) {
            throw NativeError.invalid("'rating' is required: \"like\", \"dislike\" or null.");
        }
        if (rating.isNull()) {
            return Optional.empty();
        }
        if (!rating.isString()) {
            throw NativeError.invalid(RATINGS);
        }
        return Optional.of(Rating.fromWire(rating.getStringValue()).orElseThrow(() -> NativeError.invalid(RATINGS)));
    }

    private static Optional<String> comment(JsonNode fields) {
        return NativeJson.optionalText(fields, "content", Feedback.MAX_COMMENT_LENGTH);
    }
}
