package dev.slicewise.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.slicewise.bootstrap.PrometheusText.value;
import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the people who run the service see, end to end on H2 as the jar runs: partner and native messages, a
 * rate-limited request and an idempotent replay move the counters of {@code GET /metrics}; every request has one
 * log line with its id, route template and status; neither the metrics nor the logs carry a user id, a token, a key or
 * a message's text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsTest {

    private static final String USER = "operations-user-7f3a";
    private static final String ACCESS_TOKEN = "operations-access-token-91c2";
    private static final String SLICE = "please slice my model quietly-unique-words";
    private static final String ARRANGE = "arrange everything on the plate, thank you zebra";
    private static final String NATIVE_TEXT = "Hello, what can you do for me, asks the walrus?";

    private TestServer server;
    private JsonMapper json;
    private ListAppender<ILoggingEvent> logs;
    private String keySecret;
    private String sessionId;

    @BeforeAll
    void start() throws IOException {
        logs = new ListAppender<>();
        logs.start();
        root().addAppender(logs);
        server = TestServer.start(TestServer.h2("operations"));
        json = server.bean(JsonMapper.class);
        server.register(USER, ACCESS_TOKEN, 3600);

        assertEquals(200, server.post(API + "chats/messages/", partner(SLICE)).status());
        assertEquals(200, server.post(API + "chats/messages/", partner(ARRANGE), "Idempotency-Key", "ops-1").status());
        assertEquals(200, server.post(API + "chats/messages/", partner(ARRANGE), "Idempotency-Key", "ops-1").status());

        TestServer.Response issued = server.post("/api/v1/api_keys", "{\"name\":\"ops\",\"rate_limit_per_minute\":3}",
                "Authorization", "Token " + TestServer.PARTNER_TOKEN);
        assertEquals(201, issued.status(), issued.body());
        keySecret = json.readValue(issued.body(), JsonNode.class).get("key").getStringValue();
        TestServer.Response chat = server.post("/api/v1/chat", "{\"message\":\"" + NATIVE_TEXT + "\"}",
                "Authorization", "Bearer " + keySecret);
        assertEquals(200, chat.status(), chat.body());
        sessionId = json.readValue(chat.body(), JsonNode.class).get("session_id").getStringValue();
        assertEquals(200, server.get("/api/v1/sessions/" + sessionId, "Authorization", "Bearer " + keySecret)
                .status());
        assertEquals(200, server.get("/api/v1/models", "Authorization", "Bearer " + keySecret).status());
        assertEquals(429, server.get("/api/v1/models", "Authorization", "Bearer " + keySecret).status());
        RawHttp.exchange(server.port(), "MADEUPMETHOD /api/v1/sessions/ses_made_up HTTP/1.1\r\nHost: localhost\r\n\r\n");
    }

    @AfterAll
    void stop() {
        server.close();
        root().detachAppender(logs);
    }

    @Test
    void metrics_countTurnsChargesLimitsAndReplays_whereTheyHappen() {
        String metrics = metrics();

        assertEquals(1.0, value(metrics, "slicewise_turns_total", "api=\"partner\"", "intent=\"slice_model\"",
                "outcome=\"answered\"", "source=\"intent_model\""), metrics);
        assertEquals(1.0, value(metrics, "slicewise_turns_total", "api=\"partner\"", "intent=\"auto_arrange\"",
                "outcome=\"answered\""), "the replay is no second turn");
        assertEquals(1.0, value(metrics, "slicewise_turns_total", "api=\"native\"", "intent=\"greeting\"",
                "outcome=\"answered\"", "source=\"intent_model\""));
        assertEquals(3.0, value(metrics, "slicewise_credits_charged_total"));
        assertEquals(1.0, value(metrics, "slicewise_idempotent_replays_total"));
        assertEquals(1.0, value(metrics, "slicewise_rate_limited_total"));
        assertEquals(3.0, value(metrics, "http_server_requests_seconds_count", "method=\"POST\"",
                "route=\"/ent/partners/api/elegoo/chats/messages\"", "status=\"200\""));
        assertEquals(1.0, value(metrics, "http_server_requests_seconds_count", "method=\"GET\"",
                "route=\"/api/v1/sessions/{id}\"", "status=\"200\""), "the route's template, not its path");
        assertEquals(1.0, value(metrics, "http_server_requests_seconds_count", "route=\"/api/v1/models\"",
                "status=\"429\""));
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{"), "latency histograms");
        assertTrue(metrics.contains("\njvm_memory_used_bytes{"), "JVM metrics");
        assertTrue(metrics.contains("\nhikaricp_connections_active{"), "connection pool metrics");
    }

    @Test
    void metricsAndLogs_carryNoUserTokenKeyOrText() {
        String metrics = metrics();
        StringBuilder logged = new StringBuilder();
        logs.list.forEach(event -> logged.append(event.getFormattedMessage()).append(' ')
                .append(event.getKeyValuePairs()).append('\n'));

        assertTrue(value(metrics, "http_server_requests_seconds_count", "method=\"OTHER\"") > 0, metrics);
        for (String secret : List.of(USER, ACCESS_TOKEN, keySecret, sessionId, TestServer.PARTNER_TOKEN, "zebra",
                "walrus", "quietly-unique-words", "MADEUPMETHOD", "ses_made_up")) {
            assertFalse(metrics.contains(secret), secret + " in the metrics");
            assertFalse(logged.toString().contains(secret), secret + " in the logs:\n" + logged);
        }
    }

    @Test
    void everyRequest_hasOneLogLine_withItsIdRouteStatusAndTurn() {
        HttpResponse<String> sent = server.exchange(server.request("/health/liveness", "X-Request-Id", "lb-42.a_b")
                .GET());
        HttpResponse<String> made = server.exchange(server.request("/health/liveness", "X-Request-Id",
                "not a sane id; " + "x".repeat(80)).GET());

        assertEquals("lb-42.a_b", sent.headers().firstValue("X-Request-Id").orElseThrow());
        String id = made.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertEquals(List.of("GET /health/liveness 200"), requestLines("id=lb-42.a_b").stream()
                .map(line -> line.substring(0, line.indexOf(" ms "))).map(OperationsTest::withoutMillis).toList());
        assertEquals(1, requestLines("id=" + id).size());
        List<String> turns = requestLines("POST /ent/partners/api/elegoo/chats/messages 200");
        assertEquals(3, turns.size(), String.join("\n", turns));
        assertTrue(turns.get(0).endsWith(" intent=slice_model engine=embedded"), turns.get(0));
        assertTrue(turns.get(2).matches(".* ms id=[0-9a-f]{16}"), "a replay has no turn: " + turns.get(2));
        List<String> nativeTurns = requestLines("POST /api/v1/chat 200");
        assertEquals(1, nativeTurns.size());
        assertTrue(nativeTurns.getFirst().endsWith(" intent=greeting engine=embedded"), nativeTurns.getFirst());
    }

    @Test
    void readiness_isUpWithTheDatabase_andLivenessAndHealthAnswer() {
        TestServer.Response ready = server.get("/health/readiness");

        assertEquals(200, ready.status());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"providers\":\"not_configured\"}}",
                ready.body());
        assertEquals("{\"status\":\"UP\"}", server.get("/health/liveness").body());
        assertEquals("{\"status\":\"UP\"}", server.get("/health").body());
    }

    @Test
    void aMetricsToken_closesTheMetricsToOthers() {
        try (TestServer guarded = TestServer.inMemory(Map.of("slicewise.metrics.token", "scrape-secret"))) {
            assertEquals(401, guarded.get("/metrics").status());
            assertEquals(401, guarded.get("/metrics", "Authorization", "Bearer wrong").status());
            HttpResponse<String> scraped = guarded.exchange(guarded.request("/metrics", "Authorization",
                    "Bearer scrape-secret").GET());
            assertEquals(200, scraped.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8",
                    scraped.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(scraped.body().contains("# TYPE http_server_requests_seconds histogram"), scraped.body());
            assertTrue(scraped.body().contains("# TYPE jvm_memory_used_bytes gauge"), scraped.body());
        }
    }

    private String metrics() {
        TestServer.Response scraped = server.get("/metrics");
        assertEquals(200, scraped.status());
        return scraped.body();
    }

    private List<String> requestLines(String containing) {
        return logs.list.stream().filter(event -> event.getLoggerName().equals("dev.slicewise.requests"))
                .map(ILoggingEvent::getFormattedMessage).filter(line -> line.contains(containing)).toList();
    }

    private static String withoutMillis(String line) {
        return line.substring(0, line.lastIndexOf(' '));
    }

    private static String partner(String text) {
        return "{\"elegoo_user_id\":\"" + USER + "\",\"access_token\":\"" + ACCESS_TOKEN + "\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}";
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
