package dev.slicewise.bootstrap;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes on one PostgreSQL, as a deployment behind a load balancer runs: one key's messages alternate between
 * them and make one session with one history, one rate limit counts the requests of both, and each message is
 * charged once, also when the same request reaches both nodes at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeTwoNodesTest {

    private static final long GRANT = 100;

    private TestServer first;
    private TestServer second;
    private JsonMapper json;

    @BeforeAll
    void start() {
        Map<String, Object> properties = new HashMap<>(EmbeddedPostgres.newDatabase("native_two_nodes"));
        properties.put("slicewise.credits.initial-grant", GRANT);
        first = TestServer.start(properties);
        second = TestServer.start(properties);
        json = first.bean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void messagesToBothNodes_makeOneHistory_oneRateLimit_andOneChargeEach() {
        NativeChatContract.Key key = issue(first, 6);
        startOfAMinute();

        String session = answer(NativeChatContract.chat(first, key, "{\"message\":\"slice it\"}"))
                .get("session_id").getStringValue();
        List<TestServer> nodes = List.of(second, first, second);
        for (TestServer node : nodes) {
            TestServer.Response answer = NativeChatContract.chat(node, key,
                    "{\"message\":\"orient it\",\"session_id\":\"" + session + "\"}");
            assertEquals(session, answer(answer).get("session_id").getStringValue());
        }

        JsonNode history = answer(second.get("/api/v1/chat/history?session_id=" + session,
                "Authorization", "Bearer " + key.secret()));
        assertEquals(8, history.get("total").getIntValue(), "one history of four turns");
        assertEquals(new Credits(GRANT - 4), balance(key.owner()), "four messages, four charges");
        assertEquals(4, first.bean(TurnRecordRepository.class).findByUser(key.owner()).size());

        HttpResponse<String> last = first.exchange(first.request("/api/v1/models", "Authorization",
                "Bearer " + key.secret()).GET());
        assertEquals(200, last.statusCode(), "the sixth request of the minute");
        assertEquals("0", last.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        HttpResponse<String> over = second.exchange(second.request("/api/v1/models", "Authorization",
                "Bearer " + key.secret()).GET());
        assertEquals(429, over.statusCode(), "the limit counts both nodes' requests");
        assertTrue(over.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void theSameRequestOnBothNodesAtOnce_isAnsweredOnce_andChargedOnce() throws Exception {
        NativeChatContract.Key key = issue(first, 100);
        CountDownLatch go = new CountDownLatch(1);
        String body = "{\"message\":\"slice it\"}";

        CompletableFuture<TestServer.Response> onFirst = CompletableFuture.supplyAsync(() -> {
            await(go);
            return NativeChatContract.chat(first, key, body, "Idempotency-Key", "both-nodes");
        });
        CompletableFuture<TestServer.Response> onSecond = CompletableFuture.supplyAsync(() -> {
            await(go);
            return NativeChatContract.chat(second, key, body, "Idempotency-Key", "both-nodes");
        });
        go.countDown();
        List<TestServer.Response> answers = List.of(onFirst.get(), onSecond.get());

        assertTrue(answers.stream().anyMatch(answer -> answer.status() == 200), answers.toString());
        assertTrue(answers.stream().allMatch(answer -> answer.status() == 200 || answer.status() == 409),
                answers.toString());
        TestServer.Response retried = NativeChatContract.chat(second, key, body, "Idempotency-Key", "both-nodes");
        assertEquals(answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow(), retried);
        assertEquals(new Credits(GRANT - 1), balance(key.owner()));
        assertEquals(1, first.bean(TurnRecordRepository.class).findByUser(key.owner()).size());
    }

    /** Both nodes' clocks moved to the start of a minute, so that the requests counted fall in one window. */
    private void startOfAMinute() {
        Instant now = first.bean(MutableClock.class).instant();
        Duration toNextMinute = Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)));
        first.bean(MutableClock.class).advance(toNextMinute);
        second.bean(MutableClock.class).advance(toNextMinute);
    }

    private NativeChatContract.Key issue(TestServer node, int perMinute) {
        JsonNode key = answer(node.post("/api/v1/api_keys", "{\"name\":\"nodes\",\"rate_limit_per_minute\":"
                + perMinute + "}", "Authorization", NativeKeysTest.OPERATOR));
        return new NativeChatContract.Key(key.get("key").getStringValue(), new UserId(key.get("id").getStringValue()));
    }

    private Credits balance(UserId owner) {
        return second.bean(CreditAccountRepository.class).balance(owner).orElse(new Credits(GRANT));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode answer(TestServer.Response response) {
        assertTrue(response.status() == 200 || response.status() == 201, response.toString());
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
