package dev.slicewise.bootstrap;

import dev.slicewise.adapter.llm.openai.FakeOpenAi;
import dev.slicewise.adapter.llm.openai.FakeOpenAi.Answer;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stop that reaches another node than the stream's, on one PostgreSQL: the streaming node notices it within the
 * second, ends the stream stopped, cancels the provider's call, and keeps and charges the partial text once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeStopTwoNodesTest {

    private static final long GRANT = 100;

    private final FakeOpenAi provider = FakeOpenAi.start();
    private TestServer streaming;
    private TestServer stopping;
    private JsonMapper json;

    @BeforeAll
    void start() {
        Map<String, Object> properties = new HashMap<>(EmbeddedPostgres.newDatabase("native_stop_two_nodes"));
        properties.put("slicewise.credits.initial-grant", GRANT);
        properties.put("slicewise.assistant.mode", "llm");
        properties.put("slicewise.llm.base-url", provider.baseUrl() + "/v1");
        properties.put("slicewise.llm.api-key", "sk-two-nodes");
        properties.put("slicewise.llm.model", "gpt-fake");
        properties.put("slicewise.llm.timeout-ms", 20_000);
        properties.put("slicewise.llm.retries", 0);
        properties.put("slicewise.llm.stream", "true");
        properties.put("slicewise.fallback-threshold", 1);
        streaming = TestServer.start(properties);
        stopping = TestServer.start(properties);
        json = streaming.bean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        streaming.close();
        stopping.close();
        provider.close();
    }

    @Test
    void stopOnTheOtherNode_endsTheStreamWithinASecond_keepsThePartialText_andChargesOnce() throws IOException {
        provider.then(Answer.events(FakeOpenAi.streamedText(IntStream.range(0, 40).mapToObj(i -> "word" + i + " ")
                .toList(), 10, 40)).paced(Duration.ofMillis(100)));
        TestServer.Response issued = streaming.post("/api/v1/api_keys", "{\"name\":\"two-nodes\"}",
                "Authorization", NativeKeysTest.OPERATOR);
        JsonNode key = json.readValue(issued.body(), JsonNode.class);
        String secret = key.get("key").getStringValue();
        UserId owner = new UserId(key.get("id").getStringValue());
        for (TestServer node : List.of(streaming, stopping)) {
            // as nodes in service are: each has answered, kept and charged a message, and looked for a stop
            assertEquals(200, NativeChatContract.chat(node, new NativeChatContract.Key(secret, owner),
                    "{\"message\":\"What is PLA?\",\"model\":\"embedded\"}").status());
            assertEquals(404, node.post(NativeChatContract.CHAT + "/" + MessageId.PREFIX + "0".repeat(32) + "/stop",
                    "", "Authorization", "Bearer " + secret).status());
        }

        try (EventStreamClient stream = EventStreamClient.post(streaming.port(), NativeChatContract.CHAT, secret,
                "{\"message\":\"What is the difference between PLA and PETG?\",\"stream\":true}")) {
            JsonNode first = json.readValue(stream.nextBesidesPings().data(), JsonNode.class);
            String id = first.get("id").getStringValue();
            StringBuilder text = new StringBuilder(first.get("delta").getStringValue());

            long asked = System.nanoTime();
            TestServer.Response stopped = stopping.post(NativeChatContract.CHAT + "/" + id + "/stop", "",
                    "Authorization", "Bearer " + secret);
            assertEquals("{\"result\":\"success\"}", stopped.body());
            List<EventStreamClient.Event> rest = stream.rest();
            long tookMillis = Duration.ofNanos(System.nanoTime() - asked).toMillis();

            assertTrue(tookMillis < 1_000, "the stream ended " + tookMillis + " ms after the stop");
            for (EventStreamClient.Event event : rest.subList(0, rest.size() - 1)) {
                text.append(json.readValue(event.data(), JsonNode.class).get("delta").getStringValue());
            }
            JsonNode answer = json.readValue(rest.getLast().data(), JsonNode.class);
            assertEquals("message_end", rest.getLast().type());
            assertTrue(answer.get("stopped").getBooleanValue());
            assertEquals(text.toString(), answer.get("message").getStringValue());
            assertTrue(text.length() < 40 * "word00 ".length(), "stopped half-way: " + text);

            JsonNode history = json.readValue(stopping.get("/api/v1/chat/history?session_id="
                    + answer.get("session_id").getStringValue(), "Authorization", "Bearer " + secret).body(),
                    JsonNode.class);
            assertEquals(List.of("What is the difference between PLA and PETG?", text.toString()),
                    List.of(history.get("messages").get(0).get("content").getStringValue(),
                            history.get("messages").get(1).get("content").getStringValue()));
            assertEquals(new Credits(GRANT - 3), stopping.bean(CreditAccountRepository.class)
                    .balance(owner).orElseThrow(), "two messages to warm the nodes up, and the stopped one");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (provider.hangUps().isEmpty() && System.nanoTime() < deadline) {
                sleep(Duration.ofMillis(20));
            }
            assertEquals(1, provider.hangUps().size(), "the provider saw its client hang up");
            assertEquals("{\"result\":\"already_finished\"}", stopping.post(NativeChatContract.CHAT + "/" + id
                    + "/stop", "", "Authorization", "Bearer " + secret).body());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
