package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.openapi.NativeApiKey;
import dev.slicewise.adapter.http.openapi.NativeErrorBody;
import dev.slicewise.adapter.http.openapi.NativeExamples;
import dev.slicewise.application.port.in.ManageSessionsUseCase;
import dev.slicewise.application.port.in.ManageSessionsUseCase.InvalidCursor;
import dev.slicewise.application.port.in.ManageSessionsUseCase.Listed;
import dev.slicewise.application.port.in.ManageSessionsUseCase.NewSession;
import dev.slicewise.application.port.in.ManageSessionsUseCase.SessionListRequest;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.MessagePage;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.session.SessionSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.slicewise.adapter.http.openapi.OpenApiController.NATIVE_TAG;

/**
 * {@code /api/v1/sessions}, with a key: make, list, read, rename or retitle, delete a session, and scroll back through
 * its messages. A session of another key is answered as an unknown one (404).
 * <ul>
 *   <li>{@code POST} {@code {"title"?, "context"?}} (an empty body is {@code {}}) → 201 with the session; without a
 *   title it is "New chat" in the language of {@code ?lang=} (English without it).</li>
 *   <li>{@code GET ?limit=20&cursor=&keyword=} → {@code {"data", "has_more", "next_cursor"}}, most recently updated
 *   first, {@code limit} 1 to 100; {@code next_cursor} is an opaque signed string, {@code null} on the last page.</li>
 *   <li>{@code PATCH {id}} {@code {"title": "..."}} or {@code {"auto_generate": true}} (the title from the first
 *   message, in its language) → the session, which moves to the top of the list.</li>
 *   <li>{@code GET {id}/messages?limit=20&before=<message id>} → {@code {"data", "has_more"}}, newest first.</li>
 * </ul>
 */
@Controller("/api/v1/sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SessionsController {

    private static final Set<String> CREATE_FIELDS = Set.of("title", "context");
    private static final Set<String> PATCH_FIELDS = Set.of("title", "auto_generate");
    private static final int DEFAULT_MESSAGES = 20;
    private static final int MAX_MESSAGES = 100;

    /** The description of the {@code id} path parameter in the OpenAPI document. */
    private static final String SESSION_ID = "The session's id (`ses_` and 32 hex digits). A session of another key "
            + "is answered as an unknown one.";
    /** The example of the {@code id} path parameter in the OpenAPI document. */
    private static final String SESSION_ID_EXAMPLE = "ses_ad227187ba85347cfa06389841358dc1";
    /** The shape of a session, which the examples cannot show whole: the generator leaves their nulls out. */
    private static final String SESSION_SHAPE = "A session is `{id, title, context, created_at, updated_at, "
            + "message_count, last_message}`; `context` and `last_message` are null when there are none. A message is "
            + "`{id, role, content, timestamp}`, and an assistant's also has `agent_actions` (`[]` when it gave none) "
            + "and `feedback` (null, or `{rating, content}`), `code` and `code_language` (null unless it designed a "
            + "part). ";

    private final ManageSessionsUseCase sessions;
    private final KeyAdmissions admissions;
    private final JsonMapper json;

    public SessionsController(ManageSessionsUseCase sessions, KeyAdmissions admissions, JsonMapper json) {
        this.sessions = sessions;
        this.admissions = admissions;
        this.json = json;
    }

    @Operation(operationId = "createSession", summary = "Makes a session", tags = NATIVE_TAG,
            description = SESSION_SHAPE + """
                    `title` (trimmed, 1 to 200 characters; absent or null: "New chat" in the language of `?lang=`) \
                    and `context` (what the conversation is about, trimmed, 1 to 2,000 characters; absent or null: \
                    none). No body, or `{}`, makes an untitled session without context; any other field is refused. \
                    The new session has no messages: `message_count` 0 and `last_message` null.""",
            parameters = @Parameter(name = "lang", in = ParameterIn.QUERY, description = "The language of the "
                    + "default title: en (en-US), zh-CN, zh-TW, pt-BR, es, de, fr, it, ru; case-insensitive, `_` for "
                    + "`-` accepted; anything else, or none, is English.", example = "de",
                    schema = @Schema(type = "string")),
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "titled", value = NativeExamples.SESSION_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "titled", value = NativeExamples.SESSION_CREATED),
                            @ExampleObject(name = "untitled", summary = "No body, with ?lang=de",
                                    value = NativeExamples.SESSION_CREATED_UNTITLED)}))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, an unknown field, or a field empty, too long or "
            + "not a string",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "unknown-field", value = NativeExamples.SESSION_UNKNOWN_FIELD),
                            @ExampleObject(name = "empty-title", value = NativeExamples.TITLE_EMPTY),
                            @ExampleObject(name = "malformed", value = NativeExamples.BODY_NOT_JSON)}))
    @NativeApiKey
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(HttpRequest<?> request, @Parameter(hidden = true) @Nullable @Body byte[] body) {
        return admissions.withKey(request, owner -> {
            JsonNode fields = body == null || body.length == 0
                    ? JsonNode.createObjectNode(Map.of())
                    : NativeJson.object(request, json, body, CREATE_FIELDS);
            NewSession asked = new NewSession(NativeJson.field(fields, "title").map(SessionsController::title),
                    NativeJson.field(fields, "context").map(SessionsController::context), Errors.language(request));
            return HttpResponse.status(HttpStatus.CREATED).body(SessionJson.session(sessions.create(owner, asked)));
        });
    }

    @Operation(operationId = "listSessions", summary = "The key's sessions, a page at a time", tags = NATIVE_TAG,
            description = SESSION_SHAPE + """
                    Most recently updated first, then by id (a message, a new title and a cleared history all count \
                    as updates). `keyword` keeps the sessions whose title or any message's text contains it, \
                    case-insensitively. `next_cursor` is null on the last page; otherwise it is an opaque string, \
                    signed (SLICEWISE_CURSOR_SECRET) for the key that got it, that gives the page after the last \
                    session of this one: sessions added meanwhile do not shift it. It marks a place in the order, \
                    not the query: send it back unchanged with the same `keyword`.""",
            parameters = {
                    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Sessions per page, 1 to 100",
                            example = "20", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
                            defaultValue = "20")),
                    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "The `next_cursor` of the "
                            + "page before; none for the first page",
                            example = "AQAAAABrFxIQNVZ9qq0icYe6hTR8-gY4mEE1jcGQydp8O3C2sCYPvJHmYQGo",
                            schema = @Schema(type = "string")),
                    @Parameter(name = "keyword", in = ParameterIn.QUERY, description = "Text the title or a "
                            + "message contains, case-insensitive, at most 200 characters", example = "supports",
                            schema = @Schema(type = "string", maxLength = 200))})
    @ApiResponse(responseCode = "200", description = "A page of sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "first-page", summary = "?limit=1, more to come",
                                    value = NativeExamples.SESSIONS_PAGE),
                            @ExampleObject(name = "keyword", summary = "?keyword=supports, the last page "
                                    + "(next_cursor null)", value = NativeExamples.SESSIONS_FOUND)}))
    @ApiResponse(responseCode = "400", description = "`limit` out of range, `keyword` too long, or a `cursor` that "
            + "is not one this key was given (changed, cut, made up or another key's)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "limit", value = NativeExamples.LIMIT_RANGE),
                            @ExampleObject(name = "cursor", value = NativeExamples.CURSOR_INVALID),
                            @ExampleObject(name = "keyword", value = NativeExamples.KEYWORD_TOO_LONG)}))
    @NativeApiKey
    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> list(HttpRequest<?> request) {
        return admissions.withKey(request, owner -> {
            int limit = NativeQuery.limit(request, SessionQuery.DEFAULT_LIMIT, SessionQuery.MAX_LIMIT);
            Optional<String> keyword = NativeQuery.text(request, "keyword");
            if (keyword.isPresent() && keyword.get().length() > SessionQuery.MAX_KEYWORD_LENGTH) {
                throw NativeError.invalid("'keyword' must be at most " + SessionQuery.MAX_KEYWORD_LENGTH
                        + " characters.");
            }
            SessionListRequest asked = new SessionListRequest(limit, NativeQuery.text(request, "cursor"), keyword);
            return switch (sessions.list(owner, asked)) {
                case InvalidCursor invalid -> throw NativeError.invalid(
                        "'cursor' is not valid: give the next_cursor of the page before, unchanged.");
                case Listed listed -> {
                    Map<String, JsonNode> answer = new LinkedHashMap<>();
                    answer.put("data", SessionJson.sessions(listed.page().sessions()));
                    answer.put("has_more", JsonNode.createBooleanNode(listed.page().hasMore()));
                    answer.put("next_cursor", listed.nextCursor().map(JsonNode::createStringNode)
                            .orElse(JsonNode.nullNode()));
                    yield HttpResponse.ok(JsonNode.createObjectNode(answer));
                }
            };
        });
    }

    @Operation(operationId = "getSession", summary = "One session", tags = NATIVE_TAG,
            description = SESSION_SHAPE + "`message_count` counts both roles; `last_message` is the newest one.",
            parameters = @Parameter(name = "id", in = ParameterIn.PATH, description = SESSION_ID,
                    example = SESSION_ID_EXAMPLE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "session", value = NativeExamples.SESSION)))
    @ApiResponse(responseCode = "404", description = "No session of this key has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.SESSION_ID_NOT_FOUND)))
    @NativeApiKey
    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String id) {
        return admissions.withKey(request, owner -> found(sessions.get(owner, NativeQuery.sessionId(id)), id));
    }

    @Operation(operationId = "updateSession", summary = "Renames a session, or titles it from its first message",
            tags = NATIVE_TAG, description = SESSION_SHAPE + """
                    Exactly one of `title` (trimmed, 1 to 200 characters) and `"auto_generate": true`. \
                    `auto_generate` titles the session from its first user message, in that message's language: its \
                    stop words dropped, up to three words kept, capitalised as the language writes titles, at most \
                    40 characters (Chinese keeps its first meaningful characters). With nothing left, or no message \
                    yet, the title is "New chat" in the message's language, or in `?lang=` when there is no message \
                    or its language cannot be told. Either way the session counts as updated and moves to the top \
                    of the list.""",
            parameters = {
                    @Parameter(name = "id", in = ParameterIn.PATH, description = SESSION_ID,
                            example = SESSION_ID_EXAMPLE, schema = @Schema(type = "string")),
                    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "With `auto_generate`: the "
                            + "language of the title when the first message's cannot be told or there is none (en, "
                            + "zh-CN, zh-TW, pt-BR, es, de, fr, it, ru; anything else, or none, is English)",
                            example = "en", schema = @Schema(type = "string"))},
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object"), examples = {
                            @ExampleObject(name = "rename", value = NativeExamples.SESSION_RENAME_REQUEST),
                            @ExampleObject(name = "auto-generate",
                                    value = NativeExamples.SESSION_AUTO_TITLE_REQUEST)})))
    @ApiResponse(responseCode = "200", description = "The session with its new title",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "rename", value = NativeExamples.SESSION_RENAMED),
                            @ExampleObject(name = "auto-generate", summary = "From \"Please slice my model\"",
                                    value = NativeExamples.SESSION_AUTO_TITLED)}))
    @ApiResponse(responseCode = "400", description = "No body, malformed JSON, an unknown field, both fields or "
            + "neither (`\"auto_generate\": false` is neither), or a field empty, too long or of the wrong type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "neither", value = NativeExamples.TITLE_OR_AUTO),
                            @ExampleObject(name = "both", value = NativeExamples.TITLE_AND_AUTO),
                            @ExampleObject(name = "no-body", value = NativeExamples.BODY_NOT_OBJECT)}))
    @ApiResponse(responseCode = "404", description = "No session of this key has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.SESSION_ID_NOT_FOUND)))
    @NativeApiKey
    @Patch(value = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> change(HttpRequest<?> request, @PathVariable String id,
                                  @Parameter(hidden = true) @Nullable @Body byte[] body) {
        return admissions.withKey(request, owner -> {
            SessionId session = NativeQuery.sessionId(id);
            JsonNode fields = NativeJson.object(request, json, body, PATCH_FIELDS);
            Optional<JsonNode> title = NativeJson.field(fields, "title");
            boolean autoGenerate = NativeJson.field(fields, "auto_generate").map(SessionsController::flag)
                    .orElse(false);
            if (title.isPresent() && autoGenerate) {
                throw NativeError.invalid("Give either 'title' or 'auto_generate', not both.");
            }
            if (title.isPresent()) {
                return found(sessions.rename(owner, session, title(title.get())), id);
            }
            if (!autoGenerate) {
                throw NativeError.invalid("Give a 'title', or 'auto_generate': true.");
            }
            return found(sessions.titleFromFirstMessage(owner, session, Errors.language(request)), id);
        });
    }

    @Operation(operationId = "deleteSession", summary = "Deletes a session with its messages", tags = NATIVE_TAG,
            description = "The session, its messages and their feedback are gone: the id answers 404 from then on. "
                    + "To keep the session and drop its messages, use `DELETE /api/v1/chat/history`.",
            parameters = @Parameter(name = "id", in = ParameterIn.PATH, description = SESSION_ID,
                    example = SESSION_ID_EXAMPLE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No session of this key has this id (or it is already deleted)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.SESSION_ID_NOT_FOUND)))
    @NativeApiKey
    @Delete(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> delete(HttpRequest<?> request, @PathVariable String id) {
        return admissions.withKey(request, owner -> {
            if (!sessions.delete(owner, NativeQuery.sessionId(id))) {
                throw NativeQuery.noSession(id);
            }
            return HttpResponse.noContent();
        });
    }

    @Operation(operationId = "listSessionMessages", summary = "A session's messages, newest first, for scrolling back",
            tags = NATIVE_TAG, description = """
                    The `limit` newest messages, or those just older than `before`, newest first; `has_more` says \
                    whether older ones remain: send the last message's id as `before` to get them. A message is \
                    `{id, role, content, timestamp}`, and an assistant's also has `agent_actions` (`[]` when it gave \
                    none), `feedback` (null, or `{rating, content}`), `code` and `code_language` (null unless it \
                    designed a part). To read a session oldest first with an \
                    offset, use `GET /api/v1/chat/history`.""",
            parameters = {
                    @Parameter(name = "id", in = ParameterIn.PATH, description = SESSION_ID,
                            example = SESSION_ID_EXAMPLE, schema = @Schema(type = "string")),
                    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Messages per page, 1 to 100",
                            example = "20", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
                            defaultValue = "20")),
                    @Parameter(name = "before", in = ParameterIn.QUERY, description = "The id of a message of this "
                            + "session: the page holds the messages older than it; none for the newest",
                            example = "msg_e22d858958d59dad7ece1b8550474b4f", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "200", description = "A page of messages, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "newest", summary = "?limit=2",
                                    value = NativeExamples.SESSION_MESSAGES),
                            @ExampleObject(name = "before", summary = "?before=msg_e22d858958d59dad7ece1b8550474b4f",
                                    value = NativeExamples.SESSION_MESSAGES_BEFORE)}))
    @ApiResponse(responseCode = "400", description = "`limit` out of range",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "limit", value = NativeExamples.LIMIT_RANGE)))
    @ApiResponse(responseCode = "404", description = "No session of this key has this id, or `before` names no "
            + "message of this session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "session", value = NativeExamples.SESSION_ID_NOT_FOUND),
                            @ExampleObject(name = "before", value = NativeExamples.MESSAGE_ID_NOT_FOUND)}))
    @NativeApiKey
    @Get(value = "/{id}/messages", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> messages(HttpRequest<?> request, @PathVariable String id) {
        return admissions.withKey(request, owner -> {
            SessionId session = NativeQuery.sessionId(id);
            int limit = NativeQuery.limit(request, DEFAULT_MESSAGES, MAX_MESSAGES);
            Optional<String> beforeText = NativeQuery.text(request, "before");
            Optional<MessageId> before = beforeText.flatMap(MessageId::parse);
            Optional<MessagePage> page = beforeText.isPresent() && before.isEmpty()
                    ? Optional.empty()
                    : sessions.messagesBefore(owner, session, before, limit);
            if (page.isEmpty()) {
                throw sessions.get(owner, session).isEmpty()
                        ? NativeQuery.noSession(id)
                        : NativeQuery.noMessage(beforeText.orElseThrow());
            }
            Map<String, JsonNode> answer = new LinkedHashMap<>();
            answer.put("data", SessionJson.messages(page.get().messages()));
            answer.put("has_more", JsonNode.createBooleanNode(page.get().hasMore()));
            return HttpResponse.ok(JsonNode.createObjectNode(answer));
        });
    }

    private static MutableHttpResponse<?> found(Optional<SessionSummary> session, String id) {
        return HttpResponse.ok(SessionJson.session(session.orElseThrow(() -> NativeQuery.noSession(id))));
    }

    private static String title(JsonNode title) {
        return NativeJson.text(title, "title", Session.MAX_TITLE_LENGTH);
    }

    private static String context(JsonNode context) {
        return NativeJson.text(context, "context", Session.MAX_CONTEXT_LENGTH);
    }

    private static boolean flag(JsonNode node) {
        if (!node.isBoolean()) {
            throw NativeError.invalid("'auto_generate' must be true or false.");
        }
        return node.getBooleanValue();
    }
}
