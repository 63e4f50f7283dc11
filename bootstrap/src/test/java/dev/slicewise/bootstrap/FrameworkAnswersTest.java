package dev.slicewise.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer of the service is JSON in the API's {@code {"error": "..."}} shape, also the ones the framework makes
 * before any endpoint runs: requests that Netty cannot decode, URLs that are not URIs, filters' refusals. Sent byte
 * for byte on a socket, since an HTTP client refuses to send most of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrameworkAnswersTest {

    private static final String MALFORMED_URL = "The request URL is not valid: a character must be percent-encoded, or a "
            + "% is not followed by two hexadecimal digits";

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    record Case(String name, String request, int status, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        String bigHeader = "X-Padding: " + "a".repeat(64 * 1024) + "\r\n";
        String longQuery = "?q=" + "a".repeat(100 * 1024);
        return List.of(
                new Case("malformed percent-escape on /health", get("/health?x=%zz", ""), 400, error(MALFORMED_URL)),
                new Case("malformed percent-escape in lang", get(API + "chats/?lang=%zz%", ""), 400, error(MALFORMED_URL)),
                new Case("a character that must be escaped", get(API + "chats/?lang={en}", ""), 400, error(MALFORMED_URL)),
                new Case("64 KB header", get("/health", bigHeader), 431,
                        error("The request headers are larger than the limit of 16384 bytes")),
                new Case("100 KB query string", get("/health" + longQuery, ""), 414,
                        error("The request line (method, path and query string) is longer than the limit of 8192 bytes")),
                new Case("control byte in Idempotency-Key", "POST " + API + "chats/messages/ HTTP/1.1\r\nHost: x\r\n"
                        + "Idempotency-Key: key\u0001one\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
                        400, error("The request is not valid HTTP: its request line or a header is malformed (for "
                                + "example a control character in a header value)")),
                new Case("preflight from another origin", "OPTIONS " + API + "chats/ HTTP/1.1\r\nHost: localhost\r\n"
                        + "Origin: https://evil.example\r\nAccess-Control-Request-Method: POST\r\n\r\n", 403,
                        error("Requests from a web page of another origin are not allowed")),
                new Case("GET from another origin, in German", get(API + "chats/?lang=de",
                        "Origin: https://evil.example\r\n"), 403,
                        error("Anfragen von einer Webseite eines anderen Ursprungs sind nicht erlaubt")),
                new Case("Accept without JSON", get("/health", "Accept: text/html\r\n"), 406,
                        error("This endpoint answers with JSON only: accept application/json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void frameworkAnswer_isJsonInTheApisShape(Case c) {
        RawHttp.Answer answer = RawHttp.exchange(server.port(), c.request());

        assertEquals(c.status(), answer.status(), c.name() + ": " + answer.body());
        assertEquals("application/json", answer.headers().get("content-type"), c.name());
        assertEquals(c.body(), answer.body(), c.name());
    }

    @Test
    void malformedUrl_isLoggedOnOneLineWithoutStackTraceOrQuery() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            RawHttp.exchange(server.port(), get(API + "chats/?access_token=s3cret&lang=%zz%", ""));
        } finally {
            root.detachAppender(logged);
        }

        List<ILoggingEvent> besidesTheRequestLine = logged.list.stream()
                .filter(event -> !event.getLoggerName().equals("dev.slicewise.requests")).toList();
        assertEquals(1, besidesTheRequestLine.size(), logged.list.toString());
        assertNull(besidesTheRequestLine.getFirst().getThrowableProxy(), "no stack trace");
        assertTrue(logged.list.stream().noneMatch(event -> event.getFormattedMessage().contains("s3cret")),
                "no query in the log");
    }

    private static String get(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n";
    }

    private static String error(String message) {
        return "{\"error\":\"" + message + "\"}";
    }
}
