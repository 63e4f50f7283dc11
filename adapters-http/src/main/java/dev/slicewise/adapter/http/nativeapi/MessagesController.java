package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.openapi.NativeApiKey;
import dev.slicewise.adapter.http.openapi.NativeErrorBody;
import dev.slicewise.adapter.http.openapi.NativeExamples;
import dev.slicewise.application.port.in.ExportStlUseCase;
import dev.slicewise.application.port.in.ExportStlUseCase.StlExport;
import dev.slicewise.application.port.in.ManageSessionsUseCase;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Rating;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
 * feedback replaces the one before, and shows on the message. {@code GET .../model.stl}: the part an answer designed,
 * rendered from its OpenSCAD code to binary STL when the export is on ({@code SLICEWISE_OPENSCAD}).
 */
@Controller("/api/v1/messages")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MessagesController {

    private static final Set<String> FEEDBACK_FIELDS = Set.of("rating", "content");
    private static final String RATINGS = "'rating' must be \"like\", \"dislike\" or null.";
    /** The description of the {@code id} path parameter in the OpenAPI document. */
    private static final String MESSAGE_ID = "The message's id (`msg_` and 32 hex digits). A message of another "
            + "key is answered as an unknown one.";

    /** The media type of STL (IANA's {@code model/stl}). */
    static final String STL = "model/stl";

    private final ManageSessionsUseCase sessions;
    private final ExportStlUseCase stl;
    private final KeyAdmissions admissions;
    private final JsonMapper json;

    public MessagesController(ManageSessionsUseCase sessions, ExportStlUseCase stl, KeyAdmissions admissions,
                              JsonMapper json) {
        this.sessions = sessions;
        this.stl = stl;
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

    @Operation(operationId = "getMessageStl", summary = "The part an answer designed, as STL", tags = NATIVE_TAG,
            description = """
                    The message's part rendered to binary STL by OpenSCAD: its OpenSCAD code, or for a part of the \
                    families sent as JSCAD the OpenSCAD code of the same part; in a sandbox (a time and a memory \
                    bound; code that uses `include`, `use`, `import`, `surface`, `file=`, `dxf_dim` or `dxf_cross` \
                    is refused before it runs), as an attachment named after the message. The export is on when the \
                    service runs with `SLICEWISE_OPENSCAD` naming the OpenSCAD binary (Debian package `openscad`); \
                    off, the route answers 404 saying so. A message without code, or with JSCAD code a model wrote, is a 404 \
                    with its own message; code that is refused or does not render is a 422 \
                    `part_not_renderable` with the engine's error.""",
            parameters = @Parameter(name = "id", in = ParameterIn.PATH, description = MESSAGE_ID,
                    example = "msg_b71fe112f3d1eb32723fc6341d0c3513", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "The part as binary STL",
            content = @Content(mediaType = STL, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No message of this key has this id, it carries no part code "
            + "or JSCAD code that a model wrote, or the STL export is off",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "off", value = NativeExamples.STL_OFF),
                            @ExampleObject(name = "unknown", value = NativeExamples.MESSAGE_ID_NOT_FOUND),
                            @ExampleObject(name = "no-code", value = NativeExamples.STL_NO_CODE),
                            @ExampleObject(name = "jscad", value = NativeExamples.STL_JSCAD)}))
    @ApiResponse(responseCode = "422", description = "The part's code was refused or did not render",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "not-renderable", value = NativeExamples.STL_NOT_RENDERABLE)))
    @NativeApiKey
    @Get(value = "/{id}/model.stl", produces = {MediaType.APPLICATION_JSON, STL})
    public HttpResponse<?> stl(HttpRequest<?> request, @PathVariable String id) {
        return admissions.withKey(request, owner -> switch (stl.stl(owner, NativeQuery.messageId(id))) {
            case StlExport.Rendered rendered -> HttpResponse.ok(rendered.stl()).contentType(STL)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".stl\"");
            case StlExport.Off off -> throw NativeError.notFound("The STL export is off: it needs OpenSCAD. Install "
                    + "it (Debian: apt-get install -y openscad) and start the service with SLICEWISE_OPENSCAD naming "
                    + "its binary (for example SLICEWISE_OPENSCAD=openscad).");
            case StlExport.NoMessage none -> throw NativeQuery.noMessage(id);
            case StlExport.NoCode none -> throw NativeError.notFound("The message '" + id + "' carries no part "
                    + "code: only an answer that designed a part has an STL.");
            case StlExport.OtherLanguage other -> throw NativeError.notFound("The message '" + id + "' carries "
                    + "JSCAD code that a model wrote; the STL export renders OpenSCAD code (ask for the part with "
                    + "\"code_language\": \"openscad\").");
            case StlExport.Refused refused -> throw NativeError.partNotRenderable("OpenSCAD did not run the "
                    + "part's code: " + refused.reason());
            case StlExport.Failed failed -> throw NativeError.partNotRenderable("OpenSCAD could not render the "
                    + "part's code: " + failed.error());
        });
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
