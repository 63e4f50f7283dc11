package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.Errors;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private final ManageSessionsUseCase sessions;
    private final KeyAdmissions admissions;
    private final JsonMapper json;

    public SessionsController(ManageSessionsUseCase sessions, KeyAdmissions admissions, JsonMapper json) {
        this.sessions = sessions;
        this.admissions = admissions;
        this.json = json;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        return admissions.withKey(request, owner -> {
            JsonNode fields = body == null || body.length == 0
                    ? JsonNode.createObjectNode(Map.of())
                    : NativeJson.object(request, json, body, CREATE_FIELDS);
            NewSession asked = new NewSession(NativeJson.field(fields, "title").map(SessionsController::title),
                    NativeJson.field(fields, "context").map(SessionsController::context), Errors.language(request));
            return HttpResponse.status(HttpStatus.CREATED).body(SessionJson.session(sessions.create(owner, asked)));
        });
    }

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

    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String id) {
        return admissions.withKey(request, owner -> found(sessions.get(owner, NativeQuery.sessionId(id)), id));
    }

    @Patch(value = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> change(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
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

    @Delete(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> delete(HttpRequest<?> request, @PathVariable String id) {
        return admissions.withKey(request, owner -> {
            if (!sessions.delete(owner, NativeQuery.sessionId(id))) {
                throw NativeQuery.noSession(id);
            }
            return HttpResponse.noContent();
        });
    }

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
