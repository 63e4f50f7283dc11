package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.openapi.NativeApiKey;
import dev.slicewise.adapter.http.openapi.NativeErrorBody;
import dev.slicewise.adapter.http.openapi.NativeExamples;
import dev.slicewise.application.port.in.ManageSessionsUseCase;
import dev.slicewise.domain.session.HistoryPage;
import dev.slicewise.domain.session.SessionId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.slicewise.adapter.http.openapi.OpenApiController.NATIVE_TAG;

/**
 * {@code /api/v1/chat/history?session_id=...}, with a key, as the CAD-chat page has it: {@code GET} reads a session's
 * messages oldest first, {@code limit} (1 to 100, default 50) after {@code offset} (default 0), with the session's
 * {@code total} and whether more follow; {@code DELETE} deletes its messages and keeps the session.
 */
@Controller("/api/v1/chat/history")
@ExecuteOn(TaskExecutors.BLOCKING)
public class HistoryController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    /** The description of the {@code session_id} query parameter in the OpenAPI document. */
    private static final String SESSION_ID = "The session's id (`ses_` and 32 hex digits), required. A session of "
            + "another key is answered as an unknown one.";

    private final ManageSessionsUseCase sessions;
    private final KeyAdmissions admissions;

    public HistoryController(ManageSessionsUseCase sessions, KeyAdmissions admissions) {
        this.sessions = sessions;
        this.admissions = admissions;
    }

    @Operation(operationId = "readHistory", summary = "A session's messages, oldest first", tags = NATIVE_TAG,
            description = """
                    The CAD-chat page's history: `limit` messages after the first `offset`, oldest first, with the \
                    session's `total` and whether more follow (`has_more`); an offset past the end gives an empty \
                    page. A message is `{id, role, content, timestamp}`, and an assistant's also has `agent_actions` \
                    (`[]` when it gave none, each `{name, arguments}` as the partner API writes it) and `feedback` \
                    (null, or `{rating, content}`), `code` and `code_language` (the code of the part it designed, \
                    null when it designed none).""",
            parameters = {
                    @Parameter(name = "session_id", in = ParameterIn.QUERY, required = true,
                            description = SESSION_ID, example = "ses_ad227187ba85347cfa06389841358dc1",
                            schema = @Schema(type = "string")),
                    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Messages per page, 1 to 100",
                            example = "50", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
                            defaultValue = "50")),
                    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "How many of the oldest "
                            + "messages to skip, 0 or more", example = "0",
                            schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))})
    @ApiResponse(responseCode = "200", description = "A page of the session's messages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "history", value = NativeExamples.HISTORY)))
    @ApiResponse(responseCode = "400", description = "No `session_id`, or `limit` or `offset` out of range",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "no-session-id", value = NativeExamples.SESSION_ID_REQUIRED),
                            @ExampleObject(name = "limit", value = NativeExamples.LIMIT_RANGE),
                            @ExampleObject(name = "offset", value = NativeExamples.OFFSET_INVALID)}))
    @ApiResponse(responseCode = "404", description = "No session of this key has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.SESSION_ID_NOT_FOUND)))
    @NativeApiKey
    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> read(HttpRequest<?> request) {
        return admissions.withKey(request, owner -> {
            String id = sessionIdText(request);
            SessionId session = NativeQuery.sessionId(id);
            int limit = NativeQuery.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
            int offset = NativeQuery.offset(request);
            HistoryPage page = sessions.history(owner, session, offset, limit)
                    .orElseThrow(() -> NativeQuery.noSession(id));
            Map<String, JsonNode> answer = new LinkedHashMap<>();
            answer.put("messages", SessionJson.messages(page.messages()));
            answer.put("total", JsonNode.createNumberNode(page.total()));
            answer.put("has_more", JsonNode.createBooleanNode((long) offset + page.messages().size() < page.total()));
            return HttpResponse.ok(JsonNode.createObjectNode(answer));
        });
    }

    @Operation(operationId = "clearHistory", summary = "Deletes a session's messages and keeps the session",
            tags = NATIVE_TAG, description = "The messages and their feedback are gone; the session stays, with its "
                    + "title and context, `message_count` 0 and `last_message` null, and counts as updated: it moves "
                    + "to the top of the list. Clearing a session without messages answers the same.",
            parameters = @Parameter(name = "session_id", in = ParameterIn.QUERY, required = true,
                    description = SESSION_ID, example = "ses_ad227187ba85347cfa06389841358dc1",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "Cleared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "cleared", value = NativeExamples.HISTORY_CLEARED)))
    @ApiResponse(responseCode = "400", description = "No `session_id`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "no-session-id", value = NativeExamples.SESSION_ID_REQUIRED)))
    @ApiResponse(responseCode = "404", description = "No session of this key has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.SESSION_ID_NOT_FOUND)))
    @NativeApiKey
    @Delete(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> clear(HttpRequest<?> request) {
        return admissions.withKey(request, owner -> {
            String id = sessionIdText(request);
            if (!sessions.clearHistory(owner, NativeQuery.sessionId(id))) {
                throw NativeQuery.noSession(id);
            }
            Map<String, JsonNode> answer = new LinkedHashMap<>();
            answer.put("success", JsonNode.createBooleanNode(true));
            answer.put("message", JsonNode.createStringNode("Chat history cleared"));
            return HttpResponse.ok(JsonNode.createObjectNode(answer));
        });
    }

    private static String sessionIdText(HttpRequest<?> request) {
        return NativeQuery.text(request, "session_id")
                .orElseThrow(() -> NativeError.invalid("'session_id' is required."));
    }
}
