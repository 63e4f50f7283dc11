package dev.slicewise.bootstrap;

import dev.slicewise.bootstrap.NativeSessions.Key;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionTurn;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The native API's sessions, history, messages and feedback over HTTP, with the in-memory persistence: every
 * endpoint's answer, the cursor while sessions are added, the keyword search, and two keys that cannot see each
 * other's sessions or messages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeSessionsTest {

    private static final List<AgentAction> ACTIONS = List.of(AgentAction.of(ActionName.DETERMINE_SLICING_SETTINGS),
            AgentAction.chooseFrom(List.of("Stronger", "Faster")));

    private TestServer server;
    private NativeSessions api;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of());
        api = new NativeSessions(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void create_answers201WithTheSession_andGetAnswersItAgain() {
        Key key = api.key("create");

        JsonNode created = api.create(key, "{\"title\":\"  Bracket  \",\"context\":\"bracket.stl\"}");

        String id = created.get("id").getStringValue();
        assertTrue(id.matches("ses_[0-9a-f]{32}"), id);
        assertEquals("Bracket", created.get("title").getStringValue());
        assertEquals("bracket.stl", created.get("context").getStringValue());
        assertTrue(created.get("created_at").getStringValue().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        assertEquals(created.get("created_at"), created.get("updated_at"));
        assertEquals(0, created.get("message_count").getIntValue());
        assertTrue(created.get("last_message").isNull());
        TestServer.Response got = api.get(key, "/sessions/" + id);
        assertEquals(200, got.status(), got.body());
        assertEquals(created, api.read(got.body()));
    }

    @Test
    void aSessionWithoutTitle_isANewChat_inTheLanguageAsked() {
        Key key = api.key("untitled");

        JsonNode empty = api.read(api.call(key, "POST", "/sessions", null).body());
        JsonNode german = api.read(api.call(key, "POST", "/sessions?lang=de", "{}").body());

        assertEquals("New chat", empty.get("title").getStringValue());
        assertTrue(empty.get("context").isNull());
        assertEquals("Neuer Chat", german.get("title").getStringValue());
    }

    @Test
    void patch_renames_orTitlesFromTheFirstMessage_inItsLanguage() {
        Key key = api.key("patch");
        String id = api.create(key, "{}").get("id").getStringValue();
        api.turn(key, id, "Warum löst sich mein Druck vom Bett?", "Reinige das Bett.", List.of());

        TestServer.Response renamed = api.call(key, "PATCH", "/sessions/" + id, "{\"title\":\"Bed adhesion\"}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Bed adhesion", api.read(renamed.body()).get("title").getStringValue());

        TestServer.Response generated = api.call(key, "PATCH", "/sessions/" + id, "{\"auto_generate\":true}");
        assertEquals(200, generated.status(), generated.body());
        JsonNode session = api.read(generated.body());
        assertEquals("Löst Bett", session.get("title").getStringValue());
        assertEquals(2, session.get("message_count").getIntValue());
        assertEquals("Reinige das Bett.", session.get("last_message").get("content").getStringValue());
        assertEquals(session, api.read(api.get(key, "/sessions/" + id).body()));
    }

    @Test
    void delete_answers204_andTheSessionAndItsMessagesAreGone() {
        Key key = api.key("delete");
        String id = api.create(key, "{}").get("id").getStringValue();
        SessionTurn turn = api.turn(key, id, "Make it stronger", "Done.", List.of());

        TestServer.Response deleted = api.call(key, "DELETE", "/sessions/" + id, null);

        assertEquals(204, deleted.status(), deleted.body());
        assertEquals("", deleted.body());
        assertEquals(404, api.get(key, "/sessions/" + id).status());
        assertEquals(404, api.get(key, "/messages/" + turn.answer().id()).status());
        assertEquals(404, api.call(key, "DELETE", "/sessions/" + id, null).status());
    }

    @Test
    void history_isOldestFirst_inPagesWithTheTotal_andEachMessageInItsShape() {
        Key key = api.key("history");
        String id = api.create(key, "{}").get("id").getStringValue();
        SessionTurn first = api.turn(key, id, "Make this bracket stronger", "Four walls and 30% gyroid.", ACTIONS);
        api.turn(key, id, "Even stronger", "Six walls.", List.of());
        api.turn(key, id, "Thanks", "You're welcome.", List.of());

        TestServer.Response page = api.get(key, "/chat/history?session_id=" + id + "&limit=4");
        TestServer.Response rest = api.get(key, "/chat/history?session_id=" + id + "&limit=4&offset=4");
        TestServer.Response past = api.get(key, "/chat/history?session_id=" + id + "&offset=10");

        assertEquals(200, page.status(), page.body());
        JsonNode history = api.read(page.body());
        assertEquals(6, history.get("total").getIntValue());
        assertTrue(history.get("has_more").getBooleanValue());
        assertEquals(List.of("Make this bracket stronger", "Four walls and 30% gyroid.", "Even stronger", "Six walls."),
                contents(history.get("messages")));
        assertEquals("{\"id\":\"" + first.question().id() + "\",\"role\":\"user\",\"content\":\"Make this bracket "
                + "stronger\",\"timestamp\":\"" + timestamp(first.question()) + "\"}",
                api.write(history.get("messages").get(0)));
        assertEquals("{\"id\":\"" + first.answer().id() + "\",\"role\":\"assistant\",\"content\":\"Four walls and 30% "
                + "gyroid.\",\"agent_actions\":[{\"name\":\"determine_slicing_settings\",\"arguments\":{}},"
                + "{\"name\":\"ask_user_to_choose_from_options\",\"arguments\":{\"user_options_to_choose_from\":"
                + "[\"Stronger\",\"Faster\"]}}],\"code\":null,\"code_language\":null,\"feedback\":null,"
                + "\"timestamp\":\"" + timestamp(first.answer()) + "\"}",
                api.write(history.get("messages").get(1)));
        assertEquals("{\"messages\":[" + history(rest, 0) + "," + history(rest, 1) + "],\"total\":6,\"has_more\":false}",
                rest.body());
        assertEquals(List.of("Thanks", "You're welcome."), contents(api.read(rest.body()).get("messages")));
        assertEquals("{\"messages\":[],\"total\":6,\"has_more\":false}", past.body());
    }

    @Test
    void clearingTheHistory_keepsTheSessionWithoutMessages() {
        Key key = api.key("clear");
        String id = api.create(key, "{\"title\":\"Kept\"}").get("id").getStringValue();
        api.turn(key, id, "Make it stronger", "Done.", List.of());

        TestServer.Response cleared = api.call(key, "DELETE", "/chat/history?session_id=" + id, null);

        assertEquals(200, cleared.status(), cleared.body());
        assertEquals("{\"success\":true,\"message\":\"Chat history cleared\"}", cleared.body());
        assertEquals("{\"messages\":[],\"total\":0,\"has_more\":false}",
                api.get(key, "/chat/history?session_id=" + id).body());
        JsonNode session = api.read(api.get(key, "/sessions/" + id).body());
        assertEquals("Kept", session.get("title").getStringValue());
        assertEquals(0, session.get("message_count").getIntValue());
    }

    @Test
    void messages_scrollBack_newestFirst_fromAMessage() {
        Key key = api.key("scroll");
        String id = api.create(key, "{}").get("id").getStringValue();
        for (int i = 1; i <= 3; i++) {
            api.turn(key, id, "question " + i, "answer " + i, List.of());
        }

        JsonNode newest = api.read(api.get(key, "/sessions/" + id + "/messages?limit=4").body());
        String oldestShown = newest.get("data").get(3).get("id").getStringValue();
        JsonNode older = api.read(api.get(key, "/sessions/" + id + "/messages?limit=4&before=" + oldestShown).body());

        assertEquals(List.of("answer 3", "question 3", "answer 2", "question 2"), contents(newest.get("data")));
        assertTrue(newest.get("has_more").getBooleanValue());
        assertEquals(List.of("answer 1", "question 1"), contents(older.get("data")));
        assertFalse(older.get("has_more").getBooleanValue());
        assertEquals(List.of("answer 3", "question 3", "answer 2", "question 2", "answer 1", "question 1"),
                contents(api.read(api.get(key, "/sessions/" + id + "/messages").body()).get("data")));
    }

    @Test
    void feedback_onAnAnswer_isShownOnTheMessage_inHistory_andCanBeWithdrawn() {
        Key key = api.key("feedback");
        String id = api.create(key, "{}").get("id").getStringValue();
        SessionTurn turn = api.turn(key, id, "Make it stronger", "Four walls.", ACTIONS);
        String answer = turn.answer().id().value();

        TestServer.Response given = api.call(key, "POST", "/messages/" + answer + "/feedback",
                "{\"rating\":\"dislike\",\"content\":\" Too slow to print \"}");

        assertEquals(200, given.status(), given.body());
        assertEquals("{\"result\":\"success\"}", given.body());
        JsonNode message = api.read(api.get(key, "/messages/" + answer).body());
        assertEquals("{\"rating\":\"dislike\",\"content\":\"Too slow to print\"}", api.write(message.get("feedback")));
        assertEquals(message, api.read(api.get(key, "/chat/history?session_id=" + id).body()).get("messages").get(1));
        TestServer.Response withdrawn = api.call(key, "POST", "/messages/" + answer + "/feedback", "{\"rating\":null}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("{\"rating\":null,\"content\":null}",
                api.write(api.read(api.get(key, "/messages/" + answer).body()).get("feedback")));
        JsonNode question = api.read(api.get(key, "/messages/" + turn.question().id()).body());
        assertEquals("{\"id\":\"" + turn.question().id() + "\",\"role\":\"user\",\"content\":\"Make it stronger\","
                + "\"timestamp\":\"" + timestamp(turn.question()) + "\"}", api.write(question));
    }

    @Test
    void theList_isMostRecentlyUpdatedFirst_andItsCursorHoldsWhileSessionsAreAdded() {
        Key key = api.key("list");
        MutableClock clock = server.bean(MutableClock.class);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(api.create(key, "{\"title\":\"s" + i + "\"}").get("id").getStringValue());
            clock.advance(Duration.ofMillis(1));
        }
        api.turn(key, made.get(1), "Stronger please", "Done.", List.of());
        clock.advance(Duration.ofMillis(1));

        JsonNode first = api.read(api.get(key, "/sessions?limit=2").body());
        api.create(key, "{\"title\":\"added while paging\"}");
        JsonNode second = api.read(api.get(key, "/sessions?limit=2&cursor=" + first.get("next_cursor").getStringValue())
                .body());
        JsonNode third = api.read(api.get(key, "/sessions?limit=2&cursor=" + second.get("next_cursor").getStringValue())
                .body());

        assertEquals(List.of(made.get(1), made.get(4)), ids(first));
        assertTrue(first.get("has_more").getBooleanValue());
        assertTrue(first.get("next_cursor").getStringValue().matches("[A-Za-z0-9_-]+"));
        assertEquals(List.of(made.get(3), made.get(2)), ids(second));
        assertEquals(List.of(made.get(0)), ids(third));
        assertFalse(third.get("has_more").getBooleanValue());
        assertTrue(third.get("next_cursor").isNull());
        assertEquals(6, ids(api.read(api.get(key, "/sessions").body())).size());
    }

    @Test
    void theKeyword_findsTitlesAndMessageTexts_ignoringCase() {
        Key key = api.key("search");
        String byTitle = api.create(key, "{\"title\":\"PETG stringing\"}").get("id").getStringValue();
        String byMessage = api.create(key, "{\"title\":\"Bracket\"}").get("id").getStringValue();
        api.turn(key, byMessage, "Which filament?", "Use petg for this bracket.", List.of());
        String neither = api.create(key, "{\"title\":\"Vase\"}").get("id").getStringValue();

        JsonNode found = api.read(api.get(key, "/sessions?keyword=" + URLEncoder.encode(" PeTg ",
                StandardCharsets.UTF_8)).body());

        assertEquals(List.of(byMessage, byTitle), ids(found));
        assertFalse(ids(found).contains(neither));
        assertEquals("{\"data\":[],\"has_more\":false,\"next_cursor\":null}",
                api.get(key, "/sessions?keyword=nylon").body());
    }

    @Test
    void anotherKey_getsNotFoundForEverything_andChangesNothing() {
        Key owner = api.key("owner");
        Key stranger = api.key("stranger");
        String id = api.create(owner, "{\"title\":\"Mine\"}").get("id").getStringValue();
        SessionTurn turn = api.turn(owner, id, "Make it stronger", "Done.", ACTIONS);
        String answer = turn.answer().id().value();
        String before = api.get(owner, "/chat/history?session_id=" + id).body();
        String noSession = "{\"error\":{\"code\":\"not_found\",\"message\":\"No session has the id '" + id + "'.\"}}";
        String noMessage = "{\"error\":{\"code\":\"not_found\",\"message\":\"No message has the id '" + answer + "'.\"}}";

        List<TestServer.Response> answers = List.of(
                api.get(stranger, "/sessions/" + id),
                api.call(stranger, "PATCH", "/sessions/" + id, "{\"title\":\"Stolen\"}"),
                api.call(stranger, "PATCH", "/sessions/" + id, "{\"auto_generate\":true}"),
                api.get(stranger, "/sessions/" + id + "/messages"),
                api.get(stranger, "/chat/history?session_id=" + id),
                api.call(stranger, "DELETE", "/chat/history?session_id=" + id, null),
                api.call(stranger, "DELETE", "/sessions/" + id, null));
        List<TestServer.Response> onMessage = List.of(
                api.get(stranger, "/messages/" + answer),
                api.call(stranger, "POST", "/messages/" + answer + "/feedback", "{\"rating\":\"like\"}"));

        answers.forEach(response -> assertEquals(new TestServer.Response(404, noSession), response));
        onMessage.forEach(response -> assertEquals(new TestServer.Response(404, noMessage), response));
        assertEquals("{\"data\":[],\"has_more\":false,\"next_cursor\":null}", api.get(stranger, "/sessions").body());
        assertEquals(before, api.get(owner, "/chat/history?session_id=" + id).body());
        assertEquals("Mine", api.read(api.get(owner, "/sessions/" + id).body()).get("title").getStringValue());
    }

    @Test
    void everyAnswerToAKey_carriesItsRateLimit() {
        Key key = api.key("limits");
        String id = api.create(key, "{}").get("id").getStringValue();

        for (String path : List.of("/sessions", "/sessions/" + id, "/chat/history?session_id=" + id,
                "/sessions/ses_" + "0".repeat(32))) {
            HttpResponse<String> answer = server.exchange(server.request(NativeSessions.V1 + path,
                    "Authorization", "Bearer " + key.secret()).GET());
            assertEquals("100000", answer.headers().firstValue("X-RateLimit-Limit").orElseThrow(), path);
            assertTrue(answer.headers().firstValue("X-RateLimit-Remaining").isPresent(), path);
            assertTrue(answer.headers().firstValue("X-RateLimit-Reset").isPresent(), path);
        }
    }

    private String history(TestServer.Response response, int index) {
        return api.write(api.read(response.body()).get("messages").get(index));
    }

    private static List<String> contents(JsonNode messages) {
        List<String> contents = new ArrayList<>();
        messages.values().forEach(message -> contents.add(message.get("content").getStringValue()));
        return contents;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").values().forEach(session -> ids.add(session.get("id").getStringValue()));
        return ids;
    }

    private static String timestamp(SessionMessage message) {
        return DateTimeFormatter.ISO_INSTANT.format(message.at().truncatedTo(ChronoUnit.SECONDS));
    }
}
