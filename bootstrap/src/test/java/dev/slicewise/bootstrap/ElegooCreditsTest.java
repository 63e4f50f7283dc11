package dev.slicewise.bootstrap;

import dev.slicewise.adapter.credits.FakeElegooCredits;
import dev.slicewise.adapter.credits.FakeElegooCredits.Answer;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code SLICEWISE_CREDITS_MODE=elegoo} through the whole service against a fake Elegoo credits API: every row of
 * the partner API's 402 and 502 tables gets its exact body, a refused or failed charge records no turn, and each
 * message is exactly one charge request for the user, the cost and a fresh request id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElegooCreditsTest {

    private static final long TIMEOUT_MS = 1000;
    private static final String SECRET = "elegoo-credits-secret";

    private final FakeElegooCredits fake = FakeElegooCredits.start();
    private TestServer server;

    @BeforeAll
    void start() {
        server = elegooServer(fake.baseUrl());
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
    }

    private static TestServer elegooServer(String baseUrl) {
        return TestServer.inMemory(Map.of("slicewise.credits.mode", "elegoo", "slicewise.credits.base-url", baseUrl,
                "slicewise.credits.timeout-ms", TIMEOUT_MS, "slicewise.credits.auth-header", "X-Api-Key",
                "slicewise.credits.secret", SECRET));
    }

    private static TestServer.Response send(TestServer server, String user) {
        server.register(user, user + "-token", 3600);
        return server.post(API + "chats/messages/", "{\"elegoo_user_id\":\"" + user + "\",\"access_token\":\""
                + user + "-token\",\"messages\":[{\"role\":\"user\",\"content\":\"slice the model\"}]}");
    }

    private TestServer.Response sendThroughFake(String user, Answer answer) {
        fake.answer(answer);
        int before = fake.received().size();
        TestServer.Response response = send(server, user);
        assertOneChargeFor(user, fake.received().subList(before, fake.received().size()));
        return response;
    }

    private static void assertOneChargeFor(String user, List<FakeElegooCredits.Received> charges) {
        assertEquals(1, charges.size(), "charge requests");
        FakeElegooCredits.Received charge = charges.getFirst();
        assertEquals(FakeElegooCredits.PATH, charge.path());
        assertEquals(SECRET, charge.headers().get("x-api-key"));
        assertTrue(charge.body().matches("\\{\"elegoo_user_id\":\"" + user
                + "\",\"amount\":1,\"request_id\":\"[0-9a-f-]{36}\"}"), charge.body());
    }

    private void assertNoTurnRecorded(TestServer server, String user) {
        assertTrue(server.bean(TurnRecordRepository.class).findByUser(new UserId(user)).isEmpty());
    }

    private static String unavailable(String error) {
        return "{\"code\":502,\"error\":\"" + error + "\"}";
    }

    @Test
    void givenCode0_sendMessage_answers200WithTheUpstreamReceiptAndRecordsTheTurn() {
        TestServer.Response response = sendThroughFake("paid", Answer.of(200, FakeElegooCredits.SUCCESS_WITH_BALANCE));

        assertEquals(200, response.status(), response.body());
        assertTrue(response.body().endsWith(",\"credit_resp\":{\"code\":0,\"data\":{\"balance\":9},\"msg\":\"success\","
                + "\"traceId\":\"" + FakeElegooCredits.TRACE_ID + "\"}}"), response.body());
        assertEquals(1, server.bean(TurnRecordRepository.class).findByUser(new UserId("paid")).size());
    }

    @Test
    void givenInsufficientCredits_sendMessage_answers402WithTheUpstreamReceipt() {
        TestServer.Response response = sendThroughFake("poor", Answer.of(200, FakeElegooCredits.INSUFFICIENT));

        assertEquals(new TestServer.Response(402, "{\"code\":402,\"error\":\"Error in calling Elegoo credits API\","
                + "\"credit_resp\":{\"code\":402,\"data\":null,\"msg\":\"insufficient credits\",\"traceId\":\""
                + FakeElegooCredits.TRACE_ID + "\"}}"), response);
        assertNoTurnRecorded(server, "poor");
    }

    @Test
    void givenUnknownUser_sendMessage_answers402WithTheUpstreamReceipt() {
        TestServer.Response response = sendThroughFake("ghost", Answer.of(200, FakeElegooCredits.USER_NOT_EXIST));

        assertEquals(new TestServer.Response(402, "{\"code\":402,\"error\":\"Error in calling Elegoo credits API\","
                + "\"credit_resp\":{\"code\":10012,\"data\":null,\"msg\":\"user not exist\","
                + "\"traceId\":\"00000000000000000000000000000000\"}}"), response);
        assertNoTurnRecorded(server, "ghost");
    }

    @Test
    void givenCreditsApiSlowerThanTheTimeout_sendMessage_answers502ConnectionErrorOrTimeout() {
        TestServer.Response response = sendThroughFake("slow", Answer.of(200, FakeElegooCredits.SUCCESS_WITH_BALANCE)
                .after(Duration.ofMillis(TIMEOUT_MS + 500)));

        assertEquals(new TestServer.Response(502, unavailable("Elegoo API connection error or timeout")), response);
        assertNoTurnRecorded(server, "slow");
    }

    @Test
    void givenCreditsApi5xx_sendMessage_answers502ServerError() {
        TestServer.Response response = sendThroughFake("five", Answer.of(503, "{\"error\":\"maintenance\"}"));

        assertEquals(new TestServer.Response(502, unavailable("Elegoo API server returns 5XX")), response);
        assertNoTurnRecorded(server, "five");
    }

    @Test
    void givenCreditsApi4xx_sendMessage_answers502UnexpectedHttpError() {
        TestServer.Response response = sendThroughFake("four", Answer.of(401, "{\"error\":\"bad key\"}"));

        assertEquals(new TestServer.Response(502, unavailable("Elegoo API returns unexpected HTTP error")), response);
        assertNoTurnRecorded(server, "four");
    }

    @Test
    void givenInvalidJson_sendMessage_answers502ErrorInCallingTheCreditsApi() {
        TestServer.Response response = sendThroughFake("garbled", Answer.of(200, "{\"code\":0,"));

        assertEquals(new TestServer.Response(502, unavailable("Error in calling Elegoo credits API")), response);
        assertNoTurnRecorded(server, "garbled");
    }

    @Test
    void givenRefusedConnection_sendMessage_answers502ConnectionErrorOrTimeout() {
        try (TestServer refusing = elegooServer(FakeElegooCredits.refusingUrl())) {
            TestServer.Response response = send(refusing, "offline");

            assertEquals(new TestServer.Response(502, unavailable("Elegoo API connection error or timeout")), response);
            assertNoTurnRecorded(refusing, "offline");
        }
    }

    @Test
    void givenAPeerThatDoesNotSpeakHttp_sendMessage_answers502RequestFailed() {
        try (FakeElegooCredits.RawPeer peer = FakeElegooCredits.RawPeer.notHttp();
             TestServer confused = elegooServer(peer.baseUrl())) {
            TestServer.Response response = send(confused, "confused");

            assertEquals(new TestServer.Response(502, unavailable("Elegoo API request failed")), response);
            assertNoTurnRecorded(confused, "confused");
        }
    }

    @Test
    void givenACreditsServerThatHangsUpWithoutAnswering_sendMessage_answers502ConnectionError() {
        try (FakeElegooCredits.RawPeer peer = FakeElegooCredits.RawPeer.hangingUp(false);
             TestServer hangingUp = elegooServer(peer.baseUrl())) {
            TestServer.Response response = send(hangingUp, "hung-up");

            assertEquals(new TestServer.Response(502, unavailable("Elegoo API connection error or timeout")), response);
            assertNoTurnRecorded(hangingUp, "hung-up");
        }
    }
}
