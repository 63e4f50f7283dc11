package dev.slicewise.bootstrap;

import dev.slicewise.adapter.llm.plate.PlateRenders;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.session.HistoryPage;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/chat} over HTTP, as a client of the native API meets it: the service keeps the conversation,
 * the answer says who answered and how sure the intent model was, the slicing workflows work from the same profiles
 * as the partner API, each answer is charged once to the key, and a request that fails keeps and charges nothing.
 * Run on each store by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NativeChatContract {

    static final String CHAT = "/api/v1/chat";
    static final long GRANT = 10;

    private TestServer server;
    private JsonMapper json;

    /** The store's properties. */
    abstract Map<String, Object> store();

    /** A fresh service on the store, with {@code properties} on top. */
    abstract TestServer start(Map<String, Object> properties);

    @BeforeAll
    void startServer() {
        server = start(Map.of());
        json = server.bean(JsonMapper.class);
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void aFirstMessage_makesASession_titledFromIt_andKeepsTheMessageWithItsAnswer() {
        Key key = issue(server, "first");

        TestServer.Response answer = chat(server, key, "{\"message\":\"  Slice the model please  \"}");

        assertEquals(200, answer.status(), answer.body());
        JsonNode body = read(answer.body());
        assertTrue(body.get("id").getStringValue().matches("msg_[0-9a-f]{32}"), answer.body());
        String sessionId = body.get("session_id").getStringValue();
        assertTrue(sessionId.matches("ses_[0-9a-f]{32}"), answer.body());
        assertFalse(body.get("title").getStringValue().isBlank(), answer.body());
        assertEquals("slice_model", body.get("intent").getStringValue());
        assertEquals("slice_model", body.get("agent_actions").get(0).get("name").getStringValue());
        assertEquals("intent_model", body.get("source").getStringValue());
        assertTrue(body.get("confidence").getNumberValue().doubleValue() > 0.5, answer.body());
        assertEquals("embedded", body.get("model_used").getStringValue());
        assertEquals(0, body.get("tokens_used").getIntValue());
        assertEquals(0, body.get("usage").get("total_tokens").getIntValue());
        assertTrue(body.get("code").isNull() && body.get("code_language").isNull(), answer.body());
        assertTrue(body.get("slicing_profiles").isNull(), answer.body());
        assertTrue(body.get("timestamp").getStringValue().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

        HistoryPage history = history(key, sessionId);
        assertEquals(2, history.total());
        assertEquals("Slice the model please", history.messages().get(0).content(), "the message is kept trimmed");
        assertEquals(body.get("message").getStringValue(), history.messages().get(1).content());
        assertEquals(body.get("id").getStringValue(), history.messages().get(1).id().value());
        assertEquals(new Credits(GRANT - 1), remaining(key));
    }

    @Test
    void aSessionContinues_fromWhatTheServiceKept_throughTheTroubleshootingFlow() {
        Key key = issue(server, "troubleshooting");
        JsonNode first = read(chat(server, key, "{\"message\":\"My print has a lot of stringing between the parts\"}")
                .body());
        String session = first.get("session_id").getStringValue();
        assertEquals("print_issue", first.get("intent").getStringValue());

        JsonNode second = read(chat(server, key, "{\"message\":\"Yes\",\"session_id\":\"" + session + "\"}").body());

        assertEquals(session, second.get("session_id").getStringValue());
        assertEquals(first.get("title"), second.get("title"), "the title stays");
        String actions = write(second.get("agent_actions"));
        assertTrue(actions.contains("set_print_troubleshooting_flow"),
                "the second message is read within the flow the first answer began: " + actions);
        assertEquals(4, history(key, session).total());
    }

    @Test
    void aReplyTooShortToTellItsLanguage_isAnsweredInTheLanguageOfTheSession() {
        Key key = issue(server, "language");
        JsonNode first = read(chat(server, key, "{\"message\":\"Mein PETG Druck hat viele Fäden\"}").body());
        String session = first.get("session_id").getStringValue();

        JsonNode second = read(chat(server, key, "{\"message\":\"Ja\",\"session_id\":\"" + session + "\"}")
                .body());

        assertTrue(first.get("message").getStringValue().contains("Ihr"), write(first));
        assertTrue(second.get("message").getStringValue().contains("Ursache"), write(second));
    }

    @Test
    void slicingProfilesAndPlates_enableTheSettingsWorkflow_withTheRealElegooPresets() {
        Key key = issue(server, "settings");

        TestServer.Response answer = chat(server, key, "{\"message\":\"Make this print stronger\",\"lang\":\"en\","
                + "\"slicing_profiles\":" + Fixtures.slicingProfiles() + ",\"plates\":" + Fixtures.plates() + "}");

        assertEquals(200, answer.status(), answer.body());
        JsonNode body = read(answer.body());
        assertEquals("determine_slicing_settings", body.get("intent").getStringValue(), answer.body());
        assertTrue(body.get("slicing_profiles").get("print_process_overrides").entries().iterator().hasNext(),
                answer.body());
        assertTrue(body.get("per_override_explanations").size() > 0, answer.body());
    }

    @Test
    void aSettingsRequestWithoutProfiles_isAnsweredFree_withWhatIsMissing_andKept() {
        Key key = issue(server, "no-profiles");

        JsonNode body = read(chat(server, key, "{\"message\":\"Make this print stronger\",\"lang\":\"de\"}").body());

        assertEquals("determine_slicing_settings", body.get("intent").getStringValue(), write(body));
        assertTrue(body.get("message").getStringValue().contains("Slicing-Profile")
                || body.get("message").getStringValue().contains("Profil"), write(body));
        assertEquals(new Credits(GRANT), remaining(key), "nothing is charged for it");
        assertEquals(2, history(key, body.get("session_id").getStringValue()).total());
    }

    @Test
    void anotherKeysSession_isNotFound_andNothingIsKeptOrCharged() {
        Key alice = issue(server, "alice");
        Key bob = issue(server, "bob");
        String session = read(chat(server, alice, "{\"message\":\"hello\"}").body()).get("session_id")
                .getStringValue();

        TestServer.Response answer = chat(server, bob, "{\"message\":\"hello\",\"session_id\":\"" + session + "\"}");

        assertEquals(404, answer.status(), answer.body());
        assertEquals("{\"error\":{\"code\":\"not_found\",\"message\":\"No such session.\"}}", answer.body());
        assertEquals(2, history(alice, session).total());
        assertEquals(new Credits(GRANT), remaining(bob));
        assertTrue(sessions(bob).isEmpty());
    }

    @Test
    void theSameIdempotencyKey_answersTheSameBytes_chargesOnce_andKeepsOneTurn() {
        Key key = issue(server, "idempotent");
        String body = "{\"message\":\"slice it\"}";

        TestServer.Response first = chat(server, key, body, "Idempotency-Key", "retry-1");
        TestServer.Response again = chat(server, key, body, "Idempotency-Key", "retry-1");
        TestServer.Response reused = chat(server, key, "{\"message\":\"orient it\"}", "Idempotency-Key", "retry-1");

        assertEquals(200, first.status(), first.body());
        assertEquals(first, again);
        assertEquals(409, reused.status(), reused.body());
        assertTrue(reused.body().startsWith("{\"error\":{\"code\":\"conflict\""), reused.body());
        assertEquals(new Credits(GRANT - 1), remaining(key));
        assertEquals(2, history(key, read(first.body()).get("session_id").getStringValue()).total());
    }

    @Test
    void aModelThatIsNotConfigured_isRefused_andTheEmbeddedEngineCanBeAskedForByName() {
        Key key = issue(server, "models");

        TestServer.Response unknown = chat(server, key, "{\"message\":\"slice it\",\"model\":\"gpt-9\"}");
        TestServer.Response embedded = chat(server, key, "{\"message\":\"slice it\",\"model\":\"embedded\","
                + "\"temperature\":0.3}");

        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("{\"error\":{\"code\":\"model_not_available\",\"message\":\"The model 'gpt-9' is not available; "
                + "the models are [embedded].\"}}", unknown.body());
        assertEquals(200, embedded.status(), embedded.body());
        assertEquals("embedded", read(embedded.body()).get("model_used").getStringValue());
    }

    @Test
    void aRefusedCharge_is402WithTheReceipt_andKeepsNoSession() {
        try (TestServer poor = start(Map.of("slicewise.credits.initial-grant", 0))) {
            Key key = issue(poor, "poor");

            TestServer.Response answer = chat(poor, key, "{\"message\":\"slice it\"}");

            assertEquals(402, answer.status(), answer.body());
            JsonNode body = read(answer.body());
            assertEquals("insufficient_credits", body.get("error").get("code").getStringValue());
            assertTrue(body.get("credit_resp").isObject(), answer.body());
            assertTrue(poor.bean(SessionRepository.class).list(key.owner(), new SessionQuery(100, Optional.empty(),
                    Optional.empty())).sessions().isEmpty(), "the turn was taken back");
        }
    }

    @Test
    void aFailingCreditsSystem_is502_andKeepsNothing() {
        try (TestServer failing = start(Map.of("test.credit-failure", "SERVER_ERROR"))) {
            Key key = issue(failing, "failing");

            TestServer.Response answer = chat(failing, key, "{\"message\":\"slice it\"}");

            assertEquals(502, answer.status(), answer.body());
            assertEquals("upstream_error", read(answer.body()).get("error").get("code").getStringValue());
            assertTrue(failing.bean(SessionRepository.class).list(key.owner(), new SessionQuery(100,
                    Optional.empty(), Optional.empty())).sessions().isEmpty());
        }
    }

    @Test
    void photosOfThePlate_areAnalysed_chargedAsAMessage_andKept() {
        Key key = issue(server, "photos");
        String attachments = PlateRenders.Shape.MUSHROOM.jpegDataUris().stream()
                .map(uri -> "{\"type\":\"image\",\"filename\":\"plate.jpg\",\"data\":\"" + uri + "\"}")
                .collect(Collectors.joining(",", "[", "]"));

        TestServer.Response answer = chat(server, key, "{\"message\":\"How should I print this?\",\"plates\":"
                + Fixtures.plates() + ",\"attachments\":" + attachments + "}");

        assertEquals(200, answer.status(), answer.body());
        JsonNode body = read(answer.body());
        assertTrue(body.get("message").getStringValue().length() > 20, answer.body());
        assertEquals(new Credits(GRANT - 1), remaining(key));
        assertEquals(1, server.bean(PlateAnalysisRecords.class).findByUser(key.owner()).size());
        assertEquals(2, history(key, body.get("session_id").getStringValue()).total());
    }

    @Test
    void aPhotoThatCannotBeDecoded_is400_andKeepsNothing() {
        Key key = issue(server, "broken-photo");
        String broken = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString("not a jpeg".getBytes());

        TestServer.Response answer = chat(server, key, "{\"message\":\"look\",\"plates\":" + Fixtures.plates()
                + ",\"attachments\":[{\"type\":\"image\",\"data\":\"" + broken + "\"}]}");

        assertEquals(400, answer.status(), answer.body());
        assertEquals("invalid_request", read(answer.body()).get("error").get("code").getStringValue());
        assertTrue(sessions(key).isEmpty());
        assertEquals(new Credits(GRANT), remaining(key));
    }

    /** A key of the native API: its secret and its owner. */
    record Key(String secret, UserId owner) {
    }

    Key issue(TestServer on, String name) {
        TestServer.Response issued = on.post("/api/v1/api_keys", "{\"name\":\"" + name + "\"}",
                "Authorization", NativeKeysTest.OPERATOR);
        JsonNode key = read(issued.body());
        return new Key(key.get("key").getStringValue(), new UserId(key.get("id").getStringValue()));
    }

    static TestServer.Response chat(TestServer on, Key key, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + key.secret();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return on.post(CHAT, body, all);
    }

    Map<String, Object> withGrant(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(store());
        all.put("slicewise.credits.initial-grant", GRANT);
        all.putAll(properties);
        return all;
    }

    private HistoryPage history(Key key, String session) {
        return server.bean(SessionRepository.class).history(key.owner(), new SessionId(session), 0, 100)
                .orElseThrow();
    }

    private List<?> sessions(Key key) {
        return server.bean(SessionRepository.class).list(key.owner(), new SessionQuery(100, Optional.empty(),
                Optional.empty())).sessions();
    }

    /** The key's credits; an account the ledger has not opened yet holds the whole grant. */
    private Credits remaining(Key key) {
        return server.bean(CreditAccountRepository.class).balance(key.owner()).orElse(new Credits(GRANT));
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
