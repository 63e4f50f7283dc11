package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.bootstrap.NativeSessions.Key;
import dev.slicewise.domain.session.HistoryPage;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.session.SessionSummary;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every bad request to the native API's sessions, history, messages and feedback gets its exact status and body in
 * the native shape, and none of them makes, changes or deletes a session, a message or a feedback. An id of another
 * key's session or message is answered exactly as an unknown one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeSessionsBadInputTest {

    private static final String KEY_REQUIRED = "An API key is required: Authorization: Bearer <key>.";
    private static final String KEY_INVALID = "The API key is not valid.";
    private static final String LIMIT = "'limit' must be an integer from 1 to 100.";
    private static final String OFFSET = "'offset' must be an integer of 0 or more.";
    private static final String CURSOR = "'cursor' is not valid: give the next_cursor of the page before, unchanged.";
    private static final String RATINGS = "'rating' must be \"like\", \"dislike\" or null.";
    private static final String UNKNOWN_SESSION = "ses_" + "0".repeat(32);
    private static final String UNKNOWN_MESSAGE = "msg_" + "0".repeat(32);

    private TestServer server;
    private NativeSessions api;
    private Key key;
    private Key other;
    private String revokedSecret;
    private String session;
    private SessionTurn turn;
    private String othersSession;
    private SessionTurn othersTurn;
    private String cursor;
    private String othersCursor;
    private Map<UserId, List<Object>> before;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of());
        api = new NativeSessions(server);
        key = api.key("bad-input");
        other = api.key("other");
        Key revoked = api.key("revoked");
        revokedSecret = revoked.secret();
        assertEquals(204, server.send(server.request(NativeKeysTest.KEYS + "/" + revoked.owner().value(),
                "Authorization", NativeKeysTest.OPERATOR).DELETE()).status());
        session = api.create(key, "{\"title\":\"Bracket\"}").get("id").getStringValue();
        api.create(key, "{\"title\":\"Vase\"}");
        turn = api.turn(key, session, "Make it stronger", "Four walls.", List.of());
        othersSession = api.create(other, "{\"title\":\"Theirs\"}").get("id").getStringValue();
        api.create(other, "{\"title\":\"Theirs too\"}");
        othersTurn = api.turn(other, othersSession, "Make it faster", "Faster.", List.of());
        cursor = api.read(api.get(key, "/sessions?limit=1").body()).get("next_cursor").getStringValue();
        othersCursor = api.read(api.get(other, "/sessions?limit=1").body()).get("next_cursor").getStringValue();
        before = stored();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    record Case(String name, String method, String path, String body, List<String> headers, int status,
                String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    List<Case> cases() {
        String answer = turn.answer().id().value();
        String question = turn.question().id().value();
        String othersAnswer = othersTurn.answer().id().value();
        String tampered = cursor.substring(0, 10) + (cursor.charAt(10) == 'A' ? 'B' : 'A') + cursor.substring(11);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("list without a key", "GET", "/sessions", null, List.of(), 401,
                error("unauthorized", KEY_REQUIRED)));
        cases.add(new Case("read a session with a revoked key", "GET", "/sessions/" + session, null,
                bearer(revokedSecret), 401, error("unauthorized", KEY_INVALID)));
        cases.add(new Case("create with an unknown key", "POST", "/sessions", "{}", bearer("sw_nope"), 401,
                error("unauthorized", KEY_INVALID)));
        cases.add(new Case("delete with a revoked key", "DELETE", "/sessions/" + session, null,
                bearer(revokedSecret), 401, error("unauthorized", KEY_INVALID)));
        cases.add(get("list with limit 0", "/sessions?limit=0", 400, invalid(LIMIT)));
        cases.add(get("list with limit 101", "/sessions?limit=101", 400, invalid(LIMIT)));
        cases.add(get("list with limit abc", "/sessions?limit=abc", 400, invalid(LIMIT)));
        cases.add(get("list with limit -1", "/sessions?limit=-1", 400, invalid(LIMIT)));
        cases.add(get("list with limit 2.5", "/sessions?limit=2.5", 400, invalid(LIMIT)));
        cases.add(get("list with a tampered cursor", "/sessions?cursor=" + tampered, 400, invalid(CURSOR)));
        cases.add(get("list with another key's cursor", "/sessions?cursor=" + othersCursor, 400, invalid(CURSOR)));
        cases.add(get("list with a made-up cursor", "/sessions?cursor=abc", 400, invalid(CURSOR)));
        cases.add(get("list with a cursor cut short", "/sessions?cursor=" + cursor.substring(0, cursor.length() - 2),
                400, invalid(CURSOR)));
        cases.add(get("list with a keyword of 201 characters", "/sessions?keyword=" + "k".repeat(201), 400,
                invalid("'keyword' must be at most 200 characters.")));
        cases.add(send("create with malformed JSON", "POST", "/sessions", "{\"title\":", 400,
                invalid("The request body is not valid JSON.")));
        cases.add(send("create with an array", "POST", "/sessions", "[]", 400,
                invalid("The request body must be a JSON object.")));
        cases.add(send("create with an empty title", "POST", "/sessions", "{\"title\":\"  \"}", 400,
                invalid("'title' must not be empty.")));
        cases.add(send("create with a title of 201 characters", "POST", "/sessions",
                "{\"title\":\"" + "t".repeat(201) + "\"}", 400, invalid("'title' must be at most 200 characters.")));
        cases.add(send("create with a title that is a number", "POST", "/sessions", "{\"title\":7}", 400,
                invalid("'title' must be a string.")));
        cases.add(send("create with a context of 2001 characters", "POST", "/sessions",
                "{\"context\":\"" + "c".repeat(2001) + "\"}", 400,
                invalid("'context' must be at most 2000 characters.")));
        cases.add(send("create with an unknown field", "POST", "/sessions", "{\"name\":\"x\"}", 400,
                invalid("Unknown field 'name'; the fields are [context, title].")));
        cases.add(new Case("create with text, not JSON", "POST", "/sessions", "{}", plainText(), 415,
                error("unsupported_media_type", "The request body must be JSON (Content-Type: application/json)")));
        cases.add(get("read a malformed session id", "/sessions/ses_123", 404, noSession("ses_123")));
        cases.add(get("read an unknown session", "/sessions/" + UNKNOWN_SESSION, 404, noSession(UNKNOWN_SESSION)));
        cases.add(get("read another key's session", "/sessions/" + othersSession, 404, noSession(othersSession)));
        cases.add(send("patch with neither title nor auto_generate", "PATCH", "/sessions/" + session, "{}", 400,
                invalid("Give a 'title', or 'auto_generate': true.")));
        cases.add(send("patch with auto_generate false", "PATCH", "/sessions/" + session, "{\"auto_generate\":false}",
                400, invalid("Give a 'title', or 'auto_generate': true.")));
        cases.add(send("patch with both", "PATCH", "/sessions/" + session,
                "{\"title\":\"x\",\"auto_generate\":true}", 400,
                invalid("Give either 'title' or 'auto_generate', not both.")));
        cases.add(send("patch with auto_generate a string", "PATCH", "/sessions/" + session,
                "{\"auto_generate\":\"yes\"}", 400, invalid("'auto_generate' must be true or false.")));
        cases.add(send("patch with an empty title", "PATCH", "/sessions/" + session, "{\"title\":\"\"}", 400,
                invalid("'title' must not be empty.")));
        cases.add(send("patch with a title of 201 characters", "PATCH", "/sessions/" + session,
                "{\"title\":\"" + "t".repeat(201) + "\"}", 400, invalid("'title' must be at most 200 characters.")));
        cases.add(send("patch with malformed JSON", "PATCH", "/sessions/" + session, "{", 400,
                invalid("The request body is not valid JSON.")));
        cases.add(send("patch another key's session", "PATCH", "/sessions/" + othersSession, "{\"title\":\"Mine\"}",
                404, noSession(othersSession)));
        cases.add(send("auto-title another key's session", "PATCH", "/sessions/" + othersSession,
                "{\"auto_generate\":true}", 404, noSession(othersSession)));
        cases.add(send("delete another key's session", "DELETE", "/sessions/" + othersSession, null, 404,
                noSession(othersSession)));
        cases.add(send("delete a malformed session id", "DELETE", "/sessions/nope", null, 404, noSession("nope")));
        cases.add(get("history without session_id", "/chat/history", 400, invalid("'session_id' is required.")));
        cases.add(get("history with limit 0", "/chat/history?session_id=" + session + "&limit=0", 400,
                invalid(LIMIT)));
        cases.add(get("history with limit 101", "/chat/history?session_id=" + session + "&limit=101", 400,
                invalid(LIMIT)));
        cases.add(get("history with offset -1", "/chat/history?session_id=" + session + "&offset=-1", 400,
                invalid(OFFSET)));
        cases.add(get("history with offset abc", "/chat/history?session_id=" + session + "&offset=abc", 400,
                invalid(OFFSET)));
        cases.add(get("history of another key's session", "/chat/history?session_id=" + othersSession, 404,
                noSession(othersSession)));
        cases.add(get("history of an unknown session", "/chat/history?session_id=" + UNKNOWN_SESSION, 404,
                noSession(UNKNOWN_SESSION)));
        cases.add(send("clear history without session_id", "DELETE", "/chat/history", null, 400,
                invalid("'session_id' is required.")));
        cases.add(send("clear another key's history", "DELETE", "/chat/history?session_id=" + othersSession, null,
                404, noSession(othersSession)));
        cases.add(get("messages with limit 0", "/sessions/" + session + "/messages?limit=0", 400, invalid(LIMIT)));
        cases.add(get("messages of another key's session", "/sessions/" + othersSession + "/messages", 404,
                noSession(othersSession)));
        cases.add(get("messages before an unknown message", "/sessions/" + session + "/messages?before="
                + UNKNOWN_MESSAGE, 404, noMessage(UNKNOWN_MESSAGE)));
        cases.add(get("messages before another key's message", "/sessions/" + session + "/messages?before="
                + othersAnswer, 404, noMessage(othersAnswer)));
        cases.add(get("messages before a malformed id", "/sessions/" + session + "/messages?before=msg_x", 404,
                noMessage("msg_x")));
        cases.add(get("read a malformed message id", "/messages/42", 404, noMessage("42")));
        cases.add(get("read another key's message", "/messages/" + othersAnswer, 404, noMessage(othersAnswer)));
        cases.add(feedback("feedback rated love", answer, "{\"rating\":\"love\"}", 400, invalid(RATINGS)));
        cases.add(feedback("feedback rated 1", answer, "{\"rating\":1}", 400, invalid(RATINGS)));
        cases.add(feedback("feedback without a rating", answer, "{\"content\":\"nice\"}", 400,
                invalid("'rating' is required: \"like\", \"dislike\" or null.")));
        cases.add(feedback("feedback on a user's message", question, "{\"rating\":\"like\"}", 400,
                invalid("Feedback can only be given on an assistant's message; '" + question + "' is the user's.")));
        cases.add(feedback("feedback on another key's answer", othersAnswer, "{\"rating\":\"like\"}", 404,
                noMessage(othersAnswer)));
        cases.add(feedback("feedback on an unknown message", UNKNOWN_MESSAGE, "{\"rating\":\"like\"}", 404,
                noMessage(UNKNOWN_MESSAGE)));
        cases.add(feedback("feedback with a content of 2001 characters", answer,
                "{\"rating\":\"like\",\"content\":\"" + "c".repeat(2001) + "\"}", 400,
                invalid("'content' must be at most 2000 characters.")));
        cases.add(feedback("feedback with a content that is a list", answer, "{\"rating\":\"like\",\"content\":[]}",
                400, invalid("'content' must be a string.")));
        cases.add(feedback("feedback with malformed JSON", answer, "{\"rating\":", 400,
                invalid("The request body is not valid JSON.")));
        cases.add(new Case("feedback as text, not JSON", "POST", "/messages/" + answer + "/feedback",
                "{\"rating\":\"like\"}", plainText(), 415,
                error("unsupported_media_type", "The request body must be JSON (Content-Type: application/json)")));
        cases.add(send("wrong method on a session", "POST", "/sessions/" + session, "{}", 405,
                error("method_not_allowed", "This endpoint does not accept the POST method")));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_getsItsExactStatusAndBody(Case c) {
        HttpRequest.Builder request = server.request(NativeSessions.V1 + c.path(), c.headers().toArray(String[]::new));
        request.method(c.method(), c.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));

        TestServer.Response response = server.send(request);

        assertEquals(c.status(), response.status(), c.name() + ": " + response.body());
        assertEquals(c.expected(), response.body(), c.name());
    }

    @Test
    void badInputs_makeChangeOrDeleteNothing() {
        cases().forEach(this::badInput_getsItsExactStatusAndBody);

        assertEquals(before, stored());
    }

    /** Every session of the two keys with its whole history, feedback included. */
    private Map<UserId, List<Object>> stored() {
        SessionRepository repository = server.bean(SessionRepository.class);
        Map<UserId, List<Object>> stored = new LinkedHashMap<>();
        for (UserId owner : List.of(key.owner(), other.owner())) {
            List<Object> all = new ArrayList<>();
            for (SessionSummary summary : repository.list(owner,
                    new SessionQuery(SessionQuery.MAX_LIMIT, Optional.empty(), Optional.empty())).sessions()) {
                HistoryPage history = repository.history(owner, summary.session().id(), 0, 100).orElseThrow();
                all.add(summary);
                all.add(history);
            }
            stored.put(owner, all);
        }
        return stored;
    }

    private Case get(String name, String path, int status, String expected) {
        return send(name, "GET", path, null, status, expected);
    }

    private Case send(String name, String method, String path, String body, int status, String expected) {
        return new Case(name, method, path, body, bearer(key.secret()), status, expected);
    }

    private List<String> plainText() {
        return List.of("Authorization", "Bearer " + key.secret(), "Content-Type", "text/plain");
    }

    private static List<String> bearer(String secret) {
        return List.of("Authorization", "Bearer " + secret);
    }

    private Case feedback(String name, String message, String body, int status, String expected) {
        return send(name, "POST", "/messages/" + message + "/feedback", body, status, expected);
    }

    private static String noSession(String id) {
        return error("not_found", "No session has the id '" + id + "'.");
    }

    private static String noMessage(String id) {
        return error("not_found", "No message has the id '" + id + "'.");
    }

    private static String invalid(String message) {
        return error("invalid_request", message);
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}}";
    }
}
