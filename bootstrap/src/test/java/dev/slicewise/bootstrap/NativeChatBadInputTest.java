package dev.slicewise.bootstrap;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad request to {@code POST /api/v1/chat} gets its exact status and body in the native shape, and none of them
 * keeps a message, makes a session, records a turn or charges anything. The key is admitted before any field is
 * judged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeChatBadInputTest {

    private static final String CHAT = NativeChatContract.CHAT;
    private static final String EMPTY = "'message' is required and must not be empty.";

    private TestServer server;
    private String key;
    private UserId owner;
    private String revoked;
    private String othersSession;
    private String othersMessage;

    @BeforeAll
    void start() throws IOException {
        server = TestServer.inMemory(Map.of());
        JsonMapper json = server.bean(JsonMapper.class);
        JsonNode issued = json.readValue(server.post("/api/v1/api_keys", "{\"name\":\"bad-input\",\"rate_limit_per_minute\":1000}",
                "Authorization", NativeKeysTest.OPERATOR).body(), JsonNode.class);
        key = issued.get("key").getStringValue();
        owner = new UserId(issued.get("id").getStringValue());
        JsonNode other = json.readValue(server.post("/api/v1/api_keys", "{\"name\":\"other\"}",
                "Authorization", NativeKeysTest.OPERATOR).body(), JsonNode.class);
        JsonNode othersAnswer = json.readValue(server.post(CHAT, "{\"message\":\"hello\"}", "Authorization",
                "Bearer " + other.get("key").getStringValue()).body(), JsonNode.class);
        othersSession = othersAnswer.get("session_id").getStringValue();
        othersMessage = othersAnswer.get("id").getStringValue();
        JsonNode gone = json.readValue(server.post("/api/v1/api_keys", "{\"name\":\"gone\"}",
                "Authorization", NativeKeysTest.OPERATOR).body(), JsonNode.class);
        revoked = gone.get("key").getStringValue();
        server.send(server.request("/api/v1/api_keys/" + gone.get("id").getStringValue(), "Authorization",
                NativeKeysTest.OPERATOR).DELETE());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    record Case(String name, String body, List<String> headers, int status, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String image = "{\"type\":\"image\",\"data\":\"data:image/png;base64,iVBORw0KGgo=\"}";
        cases.add(new Case("no key", "{\"message\":\"hi\"}", List.of(), 401,
                error("unauthorized", "An API key is required: Authorization: Bearer <key>.")));
        cases.add(new Case("revoked key", "{\"message\":\"hi\"}", List.of("Authorization", "Bearer " + revoked), 401,
                error("unauthorized", "The API key is not valid.")));
        cases.add(chat("malformed JSON", "{\"message\":", 400,
                error("invalid_request", "The request body is not valid JSON.")));
        cases.add(chat("empty body", "", 400, error("invalid_request", "The request body must be a JSON object.")));
        cases.add(chat("a string body", "\"hi\"", 400,
                error("invalid_request", "The request body must be a JSON object.")));
        cases.add(chat("message missing", "{}", 400, error("invalid_request", EMPTY)));
        cases.add(chat("message null", "{\"message\":null}", 400, error("invalid_request", EMPTY)));
        cases.add(chat("message empty", "{\"message\":\"\"}", 400, error("invalid_request", EMPTY)));
        cases.add(chat("message whitespace", "{\"message\":\" \\n\\t \"}", 400, error("invalid_request", EMPTY)));
        cases.add(chat("message a number", "{\"message\":42}", 400,
                error("invalid_request", "'message' must be a string.")));
        cases.add(chat("message of 11,000 characters", "{\"message\":\"" + "a".repeat(11_000) + "\"}", 400,
                error("invalid_request", "'message' must be at most 10000 characters.")));
        cases.add(chat("unknown field", "{\"message\":\"hi\",\"messages\":[]}", 400, error("invalid_request",
                "Unknown field 'messages'; the fields are [attachments, code_language, context, lang, message, model, "
                        + "plates, session_id, slicing_profiles, stream, temperature, user].")));
        cases.add(chat("session id a number", "{\"message\":\"hi\",\"session_id\":7}", 400,
                error("invalid_request", "'session_id' must be a string.")));
        cases.add(chat("session id of another form", "{\"message\":\"hi\",\"session_id\":\"chat-1\"}", 404,
                error("not_found", "No such session.")));
        cases.add(chat("unknown session", "{\"message\":\"hi\",\"session_id\":\"" + SessionId.PREFIX + "0".repeat(32)
                + "\"}", 404, error("not_found", "No such session.")));
        cases.add(chat("another key's session", "{\"message\":\"hi\",\"session_id\":\"" + othersSession + "\"}", 404,
                error("not_found", "No such session.")));
        cases.add(chat("unknown model", "{\"message\":\"hi\",\"model\":\"gpt-4o\"}", 400, error("model_not_available",
                "The model 'gpt-4o' is not available; the models are [embedded].")));
        cases.add(chat("model a number", "{\"message\":\"hi\",\"model\":4}", 400,
                error("invalid_request", "'model' must be a string.")));
        cases.add(chat("temperature 3", "{\"message\":\"hi\",\"temperature\":3}", 400,
                error("invalid_request", "'temperature' must be a number from 0.0 to 2.0.")));
        cases.add(chat("temperature negative", "{\"message\":\"hi\",\"temperature\":-0.1}", 400,
                error("invalid_request", "'temperature' must be a number from 0.0 to 2.0.")));
        cases.add(chat("temperature a string", "{\"message\":\"hi\",\"temperature\":\"warm\"}", 400,
                error("invalid_request", "'temperature' must be a number from 0.0 to 2.0.")));
        cases.add(chat("unknown language", "{\"message\":\"hi\",\"lang\":\"xx\"}", 400, error("invalid_request",
                "'lang' must be one of [en, zh-CN, zh-TW, pt-BR, es, de, fr, it, ru].")));
        cases.add(chat("user of 257 characters", "{\"message\":\"hi\",\"user\":\"" + "u".repeat(257) + "\"}", 400,
                error("invalid_request", "'user' must be at most 256 characters.")));
        cases.add(chat("context of 2,001 characters", "{\"message\":\"hi\",\"context\":\"" + "c".repeat(2_001)
                + "\"}", 400, error("invalid_request", "'context' must be at most 2000 characters.")));
        cases.add(chat("stream not a boolean", "{\"message\":\"hi\",\"stream\":\"yes\"}", 400,
                error("invalid_request", "'stream' must be true or false.")));
        cases.add(chat("slicing profiles a string", "{\"message\":\"hi\",\"slicing_profiles\":\"PLA\"}", 400,
                error("invalid_request", "slicing_profiles must be an object")));
        cases.add(chat("plates an object", "{\"message\":\"hi\",\"plates\":{}}", 400,
                error("invalid_request", "plates must be an array")));
        cases.add(chat("five attachments", "{\"message\":\"hi\",\"attachments\":[" + String.join(",",
                image, image, image, image, image) + "]}", 400,
                error("invalid_request", "'attachments' must be an array of at most 4 images.")));
        cases.add(chat("attachments an object", "{\"message\":\"hi\",\"attachments\":{}}", 400,
                error("invalid_request", "'attachments' must be an array of at most 4 images.")));
        cases.add(chat("an attachment that is a file", "{\"message\":\"hi\",\"attachments\":[{\"type\":\"file\","
                + "\"data\":\"data:application/pdf;base64,JVBERi0=\"}]}", 400,
                error("invalid_request", "'attachments[0].type' must be \"image\".")));
        cases.add(chat("an attachment that is no image", "{\"message\":\"hi\",\"attachments\":[{\"type\":\"image\","
                + "\"data\":\"data:text/plain;base64,aGk=\"}]}", 400, error("invalid_request",
                "'attachments[0].data' must be an image as a data URL (data:image/jpeg;base64,...).")));
        cases.add(chat("an image without a plate", "{\"message\":\"hi\",\"attachments\":[" + image + "]}", 400,
                error("invalid_request", "Oops, you need to add at least one model.")));
        cases.add(new Case("stream with an idempotency key", "{\"message\":\"hi\",\"stream\":true}",
                List.of("Authorization", "Bearer " + key, "Idempotency-Key", "k1"), 400, error("invalid_request",
                "An Idempotency-Key cannot be sent with a streamed chat; send the message without it, or without "
                        + "streaming.")));
        cases.add(new Case("blank idempotency key", "{\"message\":\"hi\"}", List.of("Authorization", "Bearer " + key,
                "Idempotency-Key", " "), 400, error("invalid_request",
                "The Idempotency-Key header must be 1 to 255 characters.")));
        cases.add(new Case("not JSON", "{\"message\":\"hi\"}", List.of("Authorization", "Bearer " + key,
                "Content-Type", "text/plain"), 415, error("unsupported_media_type",
                "The request body must be JSON (Content-Type: application/json)")));
        cases.add(chat("body over the size limit", "{\"message\":\"" + "x".repeat(8_400_000) + "\"}", 413,
                error("too_large", "The request body is larger than the limit of 8388608 bytes")));
        return cases;
    }

    record StopCase(String name, String id, List<String> headers, int status, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Stops of {@code POST /api/v1/chat/{id}/stop} that find nothing to stop, each with its exact answer. */
    List<StopCase> stopCases() {
        String noSuchMessage = error("not_found", "No such message.");
        return List.of(
                new StopCase("no key", MessageId.PREFIX + "0".repeat(32), List.of(), 401,
                        error("unauthorized", "An API key is required: Authorization: Bearer <key>.")),
                new StopCase("revoked key", MessageId.PREFIX + "0".repeat(32), List.of("Authorization",
                        "Bearer " + revoked), 401, error("unauthorized", "The API key is not valid.")),
                new StopCase("unknown message", MessageId.PREFIX + "0".repeat(32), List.of("Authorization",
                        "Bearer " + key), 404, noSuchMessage),
                new StopCase("id of another form", "chat-1", List.of("Authorization", "Bearer " + key), 404,
                        noSuchMessage),
                new StopCase("a session's id", othersSession, List.of("Authorization", "Bearer " + key), 404,
                        noSuchMessage),
                new StopCase("another key's message", othersMessage, List.of("Authorization", "Bearer " + key), 404,
                        noSuchMessage));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stopCases")
    void badStop_getsItsExactStatusAndBody(StopCase c) {
        HttpRequest.Builder request = server.request(CHAT + "/" + c.id() + "/stop",
                c.headers().toArray(String[]::new));
        request.POST(HttpRequest.BodyPublishers.noBody());

        TestServer.Response response = server.send(request);

        assertEquals(c.status(), response.status(), c.name() + ": " + response.body());
        assertEquals(c.expected(), response.body(), c.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_getsItsExactStatusAndBody(Case c) {
        HttpRequest.Builder request = server.request(CHAT, c.headers().toArray(String[]::new));
        request.POST(HttpRequest.BodyPublishers.ofString(c.body()));

        TestServer.Response response = server.send(request);

        assertEquals(c.status(), response.status(), c.name() + ": " + response.body());
        assertEquals(c.expected(), response.body(), c.name());
    }

    @Test
    void badInputs_keepNothing_recordNothing_andChargeNothing() {
        cases().forEach(this::badInput_getsItsExactStatusAndBody);

        assertTrue(server.bean(SessionRepository.class).list(owner, new SessionQuery(100, Optional.empty(),
                Optional.empty())).sessions().isEmpty());
        assertTrue(server.bean(TurnRecordRepository.class).findByUser(owner).isEmpty());
        assertTrue(server.bean(PlateAnalysisRecords.class).findByUser(owner).isEmpty());
        assertEquals(Optional.empty(), server.bean(CreditAccountRepository.class).balance(owner),
                "no charge was ever asked for this key");
    }

    private Case chat(String name, String body, int status, String expected) {
        return new Case(name, body, List.of("Authorization", "Bearer " + key), status, expected);
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}}";
    }
}
