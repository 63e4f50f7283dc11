package dev.slicewise.bootstrap;

import dev.slicewise.adapter.llm.openai.FakeOpenAi;
import dev.slicewise.adapter.llm.openai.FakeOpenAi.Answer;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/chat} streamed, over real HTTP and read as the raw events, against the fake provider and the
 * embedded engine: every event in order, the invisible fallback before the first token, the failure after it, the
 * client that hangs up, and the stop (what is kept, what is charged, the provider's call cancelled).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeChatStreamingTest {

    private static final long GRANT = 100;
    private static final String QUESTION = "What is the difference between PLA and PETG?";

    private final FakeOpenAi provider = FakeOpenAi.start();
    private TestServer server;
    private JsonMapper json;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of(
                "slicewise.assistant.mode", "llm",
                "slicewise.llm.base-url", provider.baseUrl() + "/v1",
                "slicewise.llm.api-key", "sk-streaming",
                "slicewise.llm.model", "gpt-fake",
                "slicewise.llm.timeout-ms", 20_000,
                "slicewise.llm.retries", 0,
                "slicewise.llm.stream", "true",
                "slicewise.credits.initial-grant", GRANT,
                "slicewise.fallback-threshold", 1,
                "slicewise.streams.ping-every", "700ms"));
        json = server.bean(JsonMapper.class);
    }

    @BeforeEach
    void freshScript() {
        provider.forget();
        provider.otherwise(Answer.status(500, "{\"error\":\"no script\"}", Map.of()));
    }

    @AfterAll
    void stop() {
        server.close();
        provider.close();
    }

    @Test
    void embeddedEngine_streamsItsSentences_thenTheWholeAnswer_savedAndChargedOnce() {
        NativeChatContract.Key key = issue();
        try (EventStreamClient stream = chat(key, "{\"message\":\"" + QUESTION + "\",\"model\":\"embedded\","
                + "\"stream\":true}")) {
            assertEquals(200, stream.status());
            assertEquals(Optional.of("text/event-stream"), stream.header("Content-Type"));
            List<EventStreamClient.Event> events = stream.rest();

            EventStreamClient.Event end = events.getLast();
            assertEquals("message_end", end.type());
            JsonNode answer = read(end.data());
            List<EventStreamClient.Event> messages = events.subList(0, events.size() - 1);
            assertTrue(messages.size() > 1, "sentence by sentence: " + events);
            StringBuilder text = new StringBuilder();
            for (EventStreamClient.Event message : messages) {
                assertEquals("message", message.type());
                assertEquals("event: message\ndata: " + message.data() + "\n\n", message.raw());
                JsonNode data = read(message.data());
                assertEquals(List.of("id", "session_id", "delta"), names(data));
                assertEquals(answer.get("id"), data.get("id"));
                assertEquals(answer.get("session_id"), data.get("session_id"));
                text.append(data.get("delta").getStringValue());
            }
            assertEquals("event: message_end\ndata: " + end.data() + "\n\n", end.raw());
            assertEquals(answer.get("message").getStringValue(), text.toString());
            assertEquals("intent_model", answer.get("source").getStringValue());
            assertEquals(null, answer.get("stopped"));
            assertEquals(List.of(QUESTION, text.toString()), history(key, answer.get("session_id").getStringValue()));
            assertEquals(new Credits(GRANT - 1), balance(key.owner()));
        }
    }

    @Test
    void provider_itsTokensArePassedOnInOrder_thenTheWholeAnswerWithItsUsage() {
        provider.then(Answer.events(FakeOpenAi.streamedText(List.of("PLA is ", "easy to print; ", "PETG is ",
                "tougher."), 42, 9)).paced(Duration.ofMillis(30)));
        NativeChatContract.Key key = issue();
        try (EventStreamClient stream = chat(key, "{\"message\":\"" + QUESTION + "\"}", "Accept",
                "text/event-stream")) {
            List<EventStreamClient.Event> events = stream.rest();

            assertEquals(List.of("message", "message", "message", "message", "message_end"),
                    events.stream().map(EventStreamClient.Event::type).toList());
            assertEquals(List.of("PLA is ", "easy to print; ", "PETG is ", "tougher."), events.subList(0, 4).stream()
                    .map(event -> read(event.data()).get("delta").getStringValue()).toList());
            JsonNode answer = read(events.getLast().data());
            assertEquals("PLA is easy to print; PETG is tougher.", answer.get("message").getStringValue());
            assertEquals(List.of("llm", "gpt-fake"), List.of(answer.get("source").getStringValue(),
                    answer.get("model_used").getStringValue()));
            assertEquals(51, answer.get("usage").get("total_tokens").getIntValue());
            assertEquals(new Credits(GRANT - 1), balance(key.owner()));
            assertEquals(1, server.bean(TurnRecordRepository.class).findByUser(key.owner()).size());
        }
    }

    @Test
    void providerFailingBeforeItsFirstToken_theEmbeddedEngineAnswers_invisibly() {
        NativeChatContract.Key key = issue();
        try (EventStreamClient stream = chat(key, "{\"message\":\"" + QUESTION + "\",\"stream\":true}")) {
            assertEquals(200, stream.status());
            List<EventStreamClient.Event> events = stream.rest();

            assertTrue(events.stream().noneMatch(event -> event.type().equals("error")), events.toString());
            assertEquals("message", events.getFirst().type());
            JsonNode answer = read(events.getLast().data());
            assertEquals("intent_model", answer.get("source").getStringValue());
            assertEquals(1, provider.received().size(), "the provider was asked and failed");
            assertEquals(new Credits(GRANT - 1), balance(key.owner()));
        }
    }

    @Test
    void providerFailingMidStream_endsWithAnErrorEvent_nothingSavedNorCharged() {
        List<String> chunks = new ArrayList<>(FakeOpenAi.streamedText(List.of("PLA is ", "easy to print; "), 1, 1)
                .subList(0, 3));
        chunks.add("{not json");
        provider.then(Answer.events(chunks).paced(Duration.ofMillis(30)));
        NativeChatContract.Key key = issue();
        try (EventStreamClient stream = chat(key, "{\"message\":\"" + QUESTION + "\",\"stream\":true}")) {
            List<EventStreamClient.Event> events = stream.rest();

            assertEquals(List.of("message", "message", "error"),
                    events.stream().map(EventStreamClient.Event::type).toList());
            JsonNode error = read(events.getLast().data());
            assertEquals(List.of("id", "code", "message"), names(error));
            assertEquals(read(events.getFirst().data()).get("id"), error.get("id"));
            assertEquals("service_unavailable", error.get("code").getStringValue());
            assertNothingKeptNorCharged(key.owner());
        }
    }

    @Test
    void clientHangingUpMidStream_cancelsTheProviderCall_nothingSavedNorCharged() throws InterruptedException {
        provider.then(Answer.events(FakeOpenAi.streamedText(pieces(30), 10, 30)).paced(Duration.ofMillis(100)));
        NativeChatContract.Key key = issue();
        try (EventStreamClient stream = chat(key, "{\"message\":\"" + QUESTION + "\",\"stream\":true}")) {
            assertEquals("message", stream.nextBesidesPings().type());
        }

        awaitHangUp();
        assertTrue(provider.hangUps().getFirst() < 30, "the provider stopped half-way: " + provider.hangUps());
        Thread.sleep(200);
        assertNothingKeptNorCharged(key.owner());
    }

    @Test
    void stopHalfWay_endsTheStreamWithinASecond_keepsThePartialText_andChargesOnce() {
        provider.then(Answer.events(FakeOpenAi.streamedText(pieces(40), 10, 40)).paced(Duration.ofMillis(100)));
        NativeChatContract.Key key = issue();
        try (EventStreamClient stream = chat(key, "{\"message\":\"" + QUESTION + "\",\"stream\":true}")) {
            StringBuilder text = new StringBuilder();
            JsonNode first = read(stream.nextBesidesPings().data());
            text.append(first.get("delta").getStringValue());
            text.append(read(stream.nextBesidesPings().data()).get("delta").getStringValue());
            String id = first.get("id").getStringValue();

            long asked = System.nanoTime();
            assertEquals("{\"result\":\"success\"}", stop(key, id).body());
            List<EventStreamClient.Event> rest = stream.rest();
            long tookMillis = Duration.ofNanos(System.nanoTime() - asked).toMillis();

            assertTrue(tookMillis < 1_000, "the stream ended " + tookMillis + " ms after the stop");
            EventStreamClient.Event end = rest.getLast();
            assertEquals("message_end", end.type());
            rest.subList(0, rest.size() - 1).forEach(event ->
                    text.append(read(event.data()).get("delta").getStringValue()));
            JsonNode answer = read(end.data());
            assertTrue(answer.get("stopped").getBooleanValue());
            assertEquals(id, answer.get("id").getStringValue());
            assertEquals(text.toString(), answer.get("message").getStringValue());
            assertFalse(text.toString().isBlank());
            awaitHangUp();
            assertEquals(List.of(QUESTION, text.toString()), history(key, answer.get("session_id").getStringValue()));
            assertEquals(new Credits(GRANT - 1), balance(key.owner()));
            assertEquals("{\"result\":\"already_finished\"}", stop(key, id).body(), "the stopped answer is kept");
        }
    }

    @Test
    void stopOfAFinishedMessage_isAlreadyFinished_andOfAnotherKeysRunningReply_notFound() {
        NativeChatContract.Key key = issue();
        JsonNode finished = read(NativeChatContract.chat(server, key, "{\"message\":\"" + QUESTION + "\","
                + "\"model\":\"embedded\"}").body());
        TestServer.Response already = stop(key, finished.get("id").getStringValue());
        assertEquals(200, already.status());
        assertEquals("{\"result\":\"already_finished\"}", already.body());

        provider.then(Answer.events(FakeOpenAi.streamedText(pieces(8), 10, 8)).paced(Duration.ofMillis(100)));
        try (EventStreamClient stream = chat(key, "{\"message\":\"" + QUESTION + "\",\"stream\":true}")) {
            String id = read(stream.nextBesidesPings().data()).get("id").getStringValue();
            TestServer.Response others = stop(issue(), id);

            assertEquals(404, others.status());
            assertEquals("{\"error\":{\"code\":\"not_found\",\"message\":\"No such message.\"}}", others.body());
            List<EventStreamClient.Event> rest = stream.rest();
            assertEquals(null, read(rest.getLast().data()).get("stopped"), "the stream went on to its end");
            assertEquals(7, rest.size() - 1);
        }
    }

    @Test
    void silence_isFilledWithPings() {
        provider.then(Answer.events(FakeOpenAi.streamedText(List.of("PLA ", "or ", "PETG."), 1, 3))
                .paced(Duration.ofMillis(900)));
        NativeChatContract.Key key = issue();
        try (EventStreamClient stream = chat(key, "{\"message\":\"" + QUESTION + "\",\"stream\":true}")) {
            List<EventStreamClient.Event> events = new ArrayList<>();
            for (Optional<EventStreamClient.Event> event = stream.next(); event.isPresent(); event = stream.next()) {
                events.add(event.get());
            }

            List<EventStreamClient.Event> pings = events.stream().filter(event -> event.type().equals("ping"))
                    .toList();
            assertFalse(pings.isEmpty(), events.toString());
            pings.forEach(ping -> assertEquals("event: ping\ndata: {}\n\n", ping.raw()));
            assertEquals("message_end", events.getLast().type());
        }
    }

    @Test
    void streamWithAnIdempotencyKey_isRefusedBeforeItBegins() {
        NativeChatContract.Key key = issue();
        try (EventStreamClient stream = chat(key, "{\"message\":\"hi\",\"stream\":true}", "Idempotency-Key", "k1")) {
            assertEquals(400, stream.status());
            assertEquals(Optional.of("application/json"), stream.header("Content-Type"));
            assertEquals("{\"error\":{\"code\":\"invalid_request\",\"message\":\"An Idempotency-Key cannot be sent "
                    + "with a streamed chat; send the message without it, or without streaming.\"}}", stream.body());
        }
    }

    private NativeChatContract.Key issue() {
        TestServer.Response issued = server.post("/api/v1/api_keys", "{\"name\":\"streams\",\"rate_limit_per_minute\":"
                + "1000}", "Authorization", NativeKeysTest.OPERATOR);
        JsonNode key = read(issued.body());
        return new NativeChatContract.Key(key.get("key").getStringValue(), new UserId(key.get("id").getStringValue()));
    }

    private EventStreamClient chat(NativeChatContract.Key key, String body, String... headers) {
        return EventStreamClient.post(server.port(), NativeChatContract.CHAT, key.secret(), body, headers);
    }

    private TestServer.Response stop(NativeChatContract.Key key, String id) {
        return server.post(NativeChatContract.CHAT + "/" + id + "/stop", "", "Authorization", "Bearer " + key.secret());
    }

    private List<String> history(NativeChatContract.Key key, String session) {
        JsonNode page = read(server.get("/api/v1/chat/history?session_id=" + session, "Authorization",
                "Bearer " + key.secret()).body());
        List<String> contents = new ArrayList<>();
        page.get("messages").values().forEach(message -> contents.add(message.get("content").getStringValue()));
        return contents;
    }

    private Credits balance(UserId owner) {
        return server.bean(CreditAccountRepository.class).balance(owner).orElse(new Credits(GRANT));
    }

    private void assertNothingKeptNorCharged(UserId owner) {
        assertTrue(server.bean(SessionRepository.class).list(owner, new SessionQuery(100, Optional.empty(),
                Optional.empty())).sessions().isEmpty(), "no session was kept");
        assertTrue(server.bean(TurnRecordRepository.class).findByUser(owner).isEmpty());
        assertEquals(new Credits(GRANT), balance(owner));
    }

    private void awaitHangUp() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (provider.hangUps().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the provider never saw its client hang up");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static List<String> pieces(int count) {
        return IntStream.range(0, count).mapToObj(i -> "word" + i + " ").collect(Collectors.toList());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    private JsonNode read(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
