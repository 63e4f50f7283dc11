package dev.slicewise.adapter.http.nativeapi;

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

import java.util.LinkedHashMap;
import java.util.Map;

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

    private final ManageSessionsUseCase sessions;
    private final KeyAdmissions admissions;

    public HistoryController(ManageSessionsUseCase sessions, KeyAdmissions admissions) {
        this.sessions = sessions;
        this.admissions = admissions;
    }

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
