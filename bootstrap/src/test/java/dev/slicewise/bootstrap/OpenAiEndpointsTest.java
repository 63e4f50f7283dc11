package dev.slicewise.bootstrap;

import dev.slicewise.adapter.llm.openai.FakeOpenAi;
import dev.slicewise.adapter.llm.openai.FakeOpenAi.Answer;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.slicewise.bootstrap.OpenAiBadInputTest.COMPLETIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAI-compatible endpoints over raw HTTP, in {@code llm} mode against a fake provider on 127.0.0.1 (commands
 * answered by the embedded engine): the exact shapes of the models list, of a completion and of its streamed chunks
 * (ids, object names, {@code finish_reason}, {@code usage}, {@code data: [DONE]}), the agent actions in the text and in
 * {@code slicewise}, one charge per answer to the key's owner, none for a stream the client left, and the key's rate
 * limit and refused charges in OpenAI's shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiEndpointsTest {

    private static final long GRANT = 3;

    private final FakeOpenAi provider = FakeOpenAi.start();
    private TestServer server;
    private JsonMapper json;

    @BeforeAll
    void start() {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "slicewise.assistant.mode", "llm",
                "slicewise.llm.base-url", provider.baseUrl() + "/v1",
                "slicewise.llm.model", "gpt-fake",
                "slicewise.llm.timeout-ms", 10_000,
                "slicewise.llm.retries", 0,
                "slicewise.llm.stream", "true",
                "slicewise.credits.initial-grant", GRANT,
                "slicewise.fallback-threshold", 1));
        server = TestServer.inMemory(properties);
        json = server.bean(JsonMapper.class);
    }

    @BeforeEach
    void freshScript() {
        provider.forget();
        provider.otherwise(Answer.events(FakeOpenAi.streamedText(List.of("Use ", "0.12 mm ", "layers."), 30, 7)));
    }

    @AfterAll
    void stop() {
        server.close();
        provider.close();
    }

    @Test
    void models_listTheOneModel_inOpenAisShape() {
        Key key = key("models", 10);

        HttpResponse<String> response = server.exchange(server.request("/v1/models", "Authorization",
                "Bearer " + key.secret()).GET());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = parse(response.body());
        assertEquals("list", body.get("object").getStringValue());
        assertEquals(1, body.get("data").size());
        JsonNode model = body.get("data").get(0);
        assertEquals(List.of("id", "object", "created", "owned_by"), names(model));
        assertEquals(List.of("slicewise", "model", "slicewise"), List.of(model.get("id").getStringValue(),
                model.get("object").getStringValue(), model.get("owned_by").getStringValue()));
        assertTrue(model.get("created").getNumberValue().longValue() > 0);
        assertEquals(Optional.of("10"), response.headers().firstValue("X-RateLimit-Limit"));
        assertEquals(Optional.of("9"), response.headers().firstValue("X-RateLimit-Remaining"));
    }

    @Test
    void completion_answersTheLastUserMessage_withTheEarlierOnesAsHistory_chargedOnce() {
        Key key = key("whole", 100);

        TestServer.Response response = server.post(COMPLETIONS, "{\"model\":\"slicewise\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"},"
                + "{\"role\":\"user\",\"content\":\"My benchy has rough overhangs\"},"
                + "{\"role\":\"assistant\",\"content\":\"Which material?\"},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"PLA.\"},"
                + "{\"type\":\"text\",\"text\":\"What is the difference between PLA and PETG?\"}]}],"
                + "\"temperature\":0.7,\"max_tokens\":300,\"n\":1,\"user\":\"maker-1\"}",
                "Authorization", "Bearer " + key.secret());

        assertEquals(200, response.status(), response.body());
        JsonNode body = parse(response.body());
        assertEquals(List.of("id", "object", "created", "model", "system_fingerprint", "choices", "usage"),
                names(body));
        assertTrue(body.get("id").getStringValue().matches("chatcmpl-[0-9a-f]{32}"), body.get("id").toString());
        assertEquals("chat.completion", body.get("object").getStringValue());
        assertEquals("slicewise", body.get("model").getStringValue());
        JsonNode choice = body.get("choices").get(0);
        assertEquals(0, choice.get("index").getNumberValue().intValue());
        assertEquals("stop", choice.get("finish_reason").getStringValue());
        assertTrue(choice.get("logprobs").isNull());
        assertEquals("assistant", choice.get("message").get("role").getStringValue());
        assertEquals("Use 0.12 mm layers.", choice.get("message").get("content").getStringValue());
        assertTrue(choice.get("message").get("refusal").isNull());
        assertEquals(usage(30, 7), body.get("usage"));
        String sent = provider.received().getFirst().body();
        assertTrue(sent.contains("My benchy has rough overhangs") && sent.contains("Which material?")
                && sent.contains("PLA.\\nWhat is the difference between PLA and PETG?"), sent);
        assertFalse(sent.contains("You are a helpful assistant."), sent);
        assertChargedOnce(key);
    }

    @Test
    void command_isAnsweredByTheEngine_itsActionsInTheText_andWholeInTheSlicewiseField() {
        Key key = key("command", 100);

        TestServer.Response response = server.post(COMPLETIONS, "{\"model\":\"slicewise\",\"messages\":["
                + "{\"role\":\"user\",\"content\":\"slice the plate\"}],\"slicing_profiles\":"
                + Fixtures.slicingProfiles() + ",\"plates\":" + Fixtures.plates() + "}",
                "Authorization", "Bearer " + key.secret());

        assertEquals(200, response.status(), response.body());
        JsonNode message = parse(response.body()).get("choices").get(0).get("message");
        assertTrue(message.get("content").getStringValue().endsWith("\n\nActions: slice_model"),
                message.get("content").getStringValue());
        JsonNode slicewise = message.get("slicewise");
        assertEquals(List.of("agent_actions", "slicing_profiles", "per_override_explanations", "credit_resp"),
                names(slicewise));
        assertEquals("slice_model", slicewise.get("agent_actions").get(0).get("name").getStringValue());
        assertTrue(slicewise.get("slicing_profiles").isNull());
        assertEquals(usage(0, 0), parse(response.body()).get("usage"));
        assertTrue(provider.received().isEmpty(), "a command is the engine's");
        assertChargedOnce(key);
    }

    @Test
    void settingsRecommendation_isWrittenAfterTheReply_keysValuesAndWhy_andWholeInTheSlicewiseField() {
        Key key = key("settings", 100);
        provider.then(Answer.events(FakeOpenAi.streamedToolCall("call_1", "recommend_slicing_settings",
                List.of("{\"changes\":[{\"key\":\"wall_loops\",\"value\":\"4\",\"explanation\":"
                        + "\"More walls make the bracket stronger.\"}]}"), 50, 20)));

        TestServer.Response response = server.post(COMPLETIONS, "{\"model\":\"slicewise\",\"messages\":["
                + "{\"role\":\"user\",\"content\":\"I need this bracket to be much stronger\"}],"
                + "\"slicing_profiles\":" + Fixtures.slicingProfiles() + ",\"plates\":" + Fixtures.plates() + "}",
                "Authorization", "Bearer " + key.secret());

        assertEquals(200, response.status(), response.body());
        JsonNode message = parse(response.body()).get("choices").get(0).get("message");
        String content = message.get("content").getStringValue();
        assertTrue(content.contains("\n\nActions: ") && content.contains("\nSettings:\n")
                && content.contains("\n- wall_loops = 4") && content.contains("\nWhy:\n- ")
                && content.contains("More walls make the bracket stronger."), content);
        assertEquals("4", message.get("slicewise").get("slicing_profiles").get("print_process_overrides")
                .get("wall_loops").getStringValue());
        assertEquals(usage(50, 20), parse(response.body()).get("usage"));
        assertChargedOnce(key);
    }

    @Test
    void stream_sendsTheChunks_thenTheUsage_thenDone_chargedOnce() {
        Key key = key("stream", 100);

        HttpResponse<String> response = server.exchange(server.request(COMPLETIONS, "Authorization",
                "Bearer " + key.secret()).POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"slicewise\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"What is the difference between PLA and PETG?\"}],"
                + "\"stream\":true,\"stream_options\":{\"include_usage\":true}}")));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(Optional.of("text/event-stream"), response.headers().firstValue("Content-Type"));
        List<String> data = data(response.body());
        assertEquals("[DONE]", data.getLast());
        List<JsonNode> chunks = data.subList(0, data.size() - 1).stream().map(this::parse).toList();
        JsonNode first = chunks.getFirst();
        assertTrue(first.get("id").getStringValue().matches("chatcmpl-[0-9a-f]{32}"));
        for (JsonNode chunk : chunks) {
            assertEquals(List.of("id", "object", "created", "model", "system_fingerprint", "choices", "usage"),
                    names(chunk));
            assertEquals(List.of(first.get("id"), first.get("created"), "chat.completion.chunk", "slicewise"),
                    List.of(chunk.get("id"), chunk.get("created"), chunk.get("object").getStringValue(),
                            chunk.get("model").getStringValue()));
        }
        assertEquals(parse("{\"role\":\"assistant\",\"content\":\"\"}"), first.get("choices").get(0).get("delta"));
        List<JsonNode> texts = chunks.subList(1, chunks.size() - 2);
        assertEquals("Use 0.12 mm layers.", texts.stream().map(chunk -> chunk.get("choices").get(0).get("delta")
                .get("content").getStringValue()).collect(Collectors.joining()));
        for (JsonNode chunk : chunks.subList(0, chunks.size() - 1)) {
            assertTrue(chunk.get("usage").isNull());
            assertEquals(1, chunk.get("choices").size());
        }
        for (JsonNode chunk : chunks.subList(0, chunks.size() - 2)) {
            assertTrue(chunk.get("choices").get(0).get("finish_reason").isNull());
        }
        JsonNode last = chunks.get(chunks.size() - 2).get("choices").get(0);
        assertEquals("stop", last.get("finish_reason").getStringValue());
        assertEquals(List.of("slicewise"), names(last.get("delta")));
        assertEquals(List.of("agent_actions", "slicing_profiles", "per_override_explanations", "credit_resp"),
                names(last.get("delta").get("slicewise")));
        assertEquals(0, last.get("delta").get("slicewise").get("agent_actions").size());
        assertEquals(0, last.get("delta").get("slicewise").get("credit_resp").get("code").getNumberValue()
                .intValue(), "the ledger's receipt of the charge");
        JsonNode usageChunk = chunks.getLast();
        assertEquals(0, usageChunk.get("choices").size());
        assertEquals(usage(30, 7), usageChunk.get("usage"));
        assertChargedOnce(key);
    }

    @Test
    void stream_withoutUsage_hasNoUsageField_andEndsWithTheStopChunk() {
        Key key = key("stream-plain", 100);

        HttpResponse<String> response = server.exchange(server.request(COMPLETIONS, "Authorization",
                "Bearer " + key.secret()).POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"slicewise\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"What is the difference between PLA and PETG?\"}],"
                + "\"stream\":true}")));

        List<String> data = data(response.body());
        assertEquals("[DONE]", data.getLast());
        List<JsonNode> chunks = data.subList(0, data.size() - 1).stream().map(this::parse).toList();
        chunks.forEach(chunk -> assertFalse(names(chunk).contains("usage"), chunk.toString()));
        assertEquals("stop", chunks.getLast().get("choices").get(0).get("finish_reason").getStringValue());
    }

    @Test
    void clientLeavingMidStream_cancelsTheTurn_andNothingIsCharged() throws Exception {
        Key key = key("leaver", 100);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pieces.add("word" + i + " ");
        }
        provider.otherwise(Answer.events(FakeOpenAi.streamedText(pieces, 30, 40)).paced(Duration.ofMillis(100)));
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<InputStream> response = client.send(server.request(COMPLETIONS, "Authorization",
                "Bearer " + key.secret()).POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"slicewise\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"What is the difference between PLA and PETG?\"}],"
                + "\"stream\":true}")).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            while (line != null && !line.contains("word0")) {
                line = lines.readLine();
            }
            assertTrue(line != null && line.contains("word0"), "the first words arrive while the model writes");
        }
        client.close();

        for (int wait = 0; wait < 100 && provider.hangUps().isEmpty(); wait++) {
            Thread.sleep(100);
        }
        assertEquals(1, provider.hangUps().size(), "the provider call was cancelled");
        assertTrue(provider.hangUps().getFirst() < pieces.size());
        assertTrue(server.bean(TurnRecordRepository.class).findByUser(key.owner()).isEmpty());
        assertEquals(Optional.empty(), server.bean(CreditAccountRepository.class).balance(key.owner()));
    }

    @Test
    void providerFailingMidStream_endsTheStreamWithAnErrorChunk_nothingCharged() {
        Key key = key("broken", 100);
        List<String> chunks = FakeOpenAi.streamedText(List.of("Half an ", "answer"), 30, 7);
        provider.then(Answer.events(List.of(chunks.get(0), chunks.get(1), "{\"choices\": [{\"delta\": {\"content\"")));

        HttpResponse<String> response = complete(key, true);

        assertEquals(200, response.statusCode());
        List<String> data = data(response.body());
        assertTrue(data.stream().anyMatch(line -> line.contains("\"content\":\"Half an \"")), data.toString());
        assertEquals(OpenAiBadInputTest.error("The assistant failed while answering; nothing was charged. Try again.",
                "server_error", null, "service_unavailable"), data.getLast(), "the error ends the stream, no [DONE]");
        assertTrue(server.bean(TurnRecordRepository.class).findByUser(key.owner()).isEmpty());
        assertEquals(Optional.empty(), server.bean(CreditAccountRepository.class).balance(key.owner()));
    }

    @Test
    void overTheKeysLimit_is429_withRetryAfter_inOpenAisShape() {
        Key key = key("limited", 1);
        assertEquals(200, server.get("/v1/models", "Authorization", "Bearer " + key.secret()).status());

        HttpResponse<String> response = server.exchange(server.request(COMPLETIONS, "Authorization",
                "Bearer " + key.secret()).POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"slicewise\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")));

        assertEquals(429, response.statusCode());
        String seconds = response.headers().firstValue("Retry-After").orElseThrow();
        assertTrue(Integer.parseInt(seconds) >= 1 && Integer.parseInt(seconds) <= 60, seconds);
        assertEquals(OpenAiBadInputTest.error("This key made its 1 requests of this minute; try again in " + seconds
                + " seconds.", "rate_limit_error", null, "rate_limit_exceeded"), response.body());
        assertEquals(Optional.of("0"), response.headers().firstValue("X-RateLimit-Remaining"));
        assertTrue(provider.received().isEmpty());
    }

    @Test
    void refusedCharge_is402_andInAStreamAnErrorChunk_nothingCharged() {
        Key key = key("spender", 100);
        for (int i = 0; i < GRANT; i++) {
            assertEquals(200, complete(key, false).statusCode());
        }

        HttpResponse<String> whole = complete(key, false);
        HttpResponse<String> streamed = complete(key, true);

        String refusal = OpenAiBadInputTest.error("The credits system refused the charge for this answer: the key's "
                + "owner has not enough credits. Nothing was charged.", "insufficient_quota", null,
                "insufficient_quota");
        assertEquals(402, whole.statusCode());
        assertEquals(refusal, whole.body());
        assertEquals(200, streamed.statusCode());
        List<String> data = data(streamed.body());
        assertEquals(refusal, data.getLast(), "the error ends the stream, without [DONE]");
        assertEquals(Optional.of(new Credits(0)), server.bean(CreditAccountRepository.class).balance(key.owner()));
        assertEquals(GRANT, server.bean(TurnRecordRepository.class).findByUser(key.owner()).size());
    }

    private HttpResponse<String> complete(Key key, boolean stream) {
        return server.exchange(server.request(COMPLETIONS, "Authorization", "Bearer " + key.secret())
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"slicewise\",\"messages\":[{\"role\":"
                        + "\"user\",\"content\":\"What is the difference between PLA and PETG?\"}],\"stream\":"
                        + stream + "}")));
    }

    record Key(String secret, UserId owner) {
    }

    private Key key(String name, int perMinute) {
        JsonNode issued = parse(server.post("/api/v1/api_keys", "{\"name\":\"" + name + "\",\"rate_limit_per_minute\":"
                + perMinute + "}", "Authorization", NativeKeysTest.OPERATOR).body());
        return new Key(issued.get("key").getStringValue(), new UserId(issued.get("id").getStringValue()));
    }

    private void assertChargedOnce(Key key) {
        assertEquals(Optional.of(new Credits(GRANT - 1)),
                server.bean(CreditAccountRepository.class).balance(key.owner()));
        List<TurnRecord> turns = server.bean(TurnRecordRepository.class).findByUser(key.owner());
        assertEquals(1, turns.size());
        assertEquals(new Credits(1), turns.getFirst().charged());
    }

    /** The data of each event, in order; every event is one {@code data:} line and a blank line. */
    private static List<String> data(String stream) {
        assertTrue(stream.endsWith("\n\n"), stream);
        List<String> data = new ArrayList<>();
        for (String event : stream.split("\n\n")) {
            assertTrue(event.startsWith("data: ") && !event.contains("\n"), event);
            data.add(event.substring("data: ".length()));
        }
        return data;
    }

    private JsonNode usage(long prompt, long completion) {
        return parse("{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion + ",\"total_tokens\":"
                + (prompt + completion) + "}");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    private JsonNode parse(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
