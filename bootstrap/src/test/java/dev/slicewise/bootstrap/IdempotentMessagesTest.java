package dev.slicewise.bootstrap;

import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idempotency key end to end, on the embedded ledger and H2: a retried message is answered from the stored
 * answer and charged once, however many copies arrive at once.
 */
class IdempotentMessagesTest {

    private static final String MESSAGES = API + "chats/messages/";
    private static final UserId ALICE = new UserId("alice");
    private static final long GRANT = 100;
    private static final long TTL_SECONDS = 600;
    private static final String BODY = message("slice the model");
    private static final String IN_PROGRESS =
            "{\"error\":\"A request with this Idempotency-Key is still being answered; retry later\"}";

    private TestServer server;

    @BeforeEach
    void start() {
        Map<String, Object> properties = new HashMap<>(TestServer.h2("idempotent-" + UUID.randomUUID()));
        properties.put("slicewise.credits.initial-grant", GRANT);
        properties.put("slicewise.idempotency.ttl-seconds", TTL_SECONDS);
        server = TestServer.start(properties);
        server.register("alice", "alice-token", 3600);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void twentyParallelCopiesOfOneKeyedMessage_areChargedOnceAndAnsweredWithOneBodyOr409() throws Exception {
        List<TestServer.Response> responses;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<TestServer.Response>> sent = IntStream.range(0, 20)
                    .mapToObj(i -> clients.submit(() -> server.post(MESSAGES, BODY, "Idempotency-Key", "order-1")))
                    .toList();
            responses = sent.stream().map(IdempotentMessagesTest::await).toList();
        }

        List<TestServer.Response> answered = responses.stream().filter(r -> r.status() == 200).toList();
        assertTrue(!answered.isEmpty(), () -> "no 200 among " + responses);
        assertEquals(1, answered.stream().map(TestServer.Response::body).distinct().count(), () -> "" + answered);
        TestServer.Response stillRunning = new TestServer.Response(409, IN_PROGRESS);
        Set<TestServer.Response> others = responses.stream().filter(r -> r.status() != 200)
                .collect(Collectors.toSet());
        assertTrue(Set.of(stillRunning).containsAll(others), () -> "every other copy gets 409, got " + others);
        assertChargedTimes(1);
    }

    @Test
    void sequentialRetryOfAKeyedMessage_returnsTheIdenticalBodyAndChargesNothing() {
        TestServer.Response first = server.post(MESSAGES, BODY, "Idempotency-Key", "order-2");

        TestServer.Response retry = server.post(MESSAGES, BODY, "Idempotency-Key", "order-2");

        assertEquals(200, first.status(), first.body());
        assertEquals(first, retry);
        assertChargedTimes(1);
    }

    @Test
    void sequentialRetryWithoutKey_isRecognisedByItsBodyAndChargesNothing() {
        TestServer.Response first = server.post(MESSAGES, BODY);

        TestServer.Response retry = server.post(MESSAGES, BODY);

        assertEquals(200, first.status(), first.body());
        assertEquals(first, retry);
        assertChargedTimes(1);
    }

    @Test
    void sameKeyWithAnotherBody_answers400AndChargesNothingMore() {
        server.post(MESSAGES, BODY, "Idempotency-Key", "order-3");

        TestServer.Response reused = server.post(MESSAGES, message("what infill should I use"),
                "Idempotency-Key", "order-3");

        assertEquals(new TestServer.Response(400,
                "{\"error\":\"This Idempotency-Key was already used for a different request\"}"), reused);
        assertChargedTimes(1);
    }

    @Test
    void theSameBodyForAnotherLanguage_isAnotherRequest() {
        TestServer.Response english = server.post(MESSAGES, BODY);

        TestServer.Response german = server.post(MESSAGES + "?lang=de", BODY);
        TestServer.Response keyReused = server.post(MESSAGES + "?lang=fr", BODY, "Idempotency-Key", "order-5");
        TestServer.Response keyReusedForAnotherLanguage = server.post(MESSAGES + "?lang=it", BODY,
                "Idempotency-Key", "order-5");

        assertEquals(200, german.status(), german.body());
        assertNotEquals(english.body(), german.body());
        assertEquals(200, keyReused.status(), keyReused.body());
        assertEquals(400, keyReusedForAnotherLanguage.status(), keyReusedForAnotherLanguage.body());
        assertChargedTimes(3);
    }

    @Test
    void expiredKeys_areForgottenByTheHousekeeping_andTheSameBodyIsThenANewTurn() {
        server.post(MESSAGES, BODY, "Idempotency-Key", "order-6");
        server.bean(MutableClock.class).advance(Duration.ofSeconds(TTL_SECONDS + 1));

        server.bean(IdempotencyHousekeeping.class).forgetExpiredKeys();

        assertEquals(0, server.bean(RunIdempotentlyUseCase.class).forgetExpired(), "nothing expired is left");
        assertEquals(200, server.post(MESSAGES, BODY, "Idempotency-Key", "order-6").status());
        assertChargedTimes(2);
    }

    @Test
    void keyLongerThan255Characters_answers400() {
        TestServer.Response response = server.post(MESSAGES, BODY, "Idempotency-Key", "k".repeat(256));

        assertEquals(new TestServer.Response(400,
                "{\"error\":\"The Idempotency-Key header must be 1 to 255 characters long\"}"), response);
        assertChargedTimes(0);
    }

    @Test
    void keyedMessageThatWasRefused402_runsAgainOnRetry() {
        server.close();
        server = TestServer.inMemory(Map.of("test.refuse-first-charge", "true"));
        server.register("alice", "alice-token", 3600);

        TestServer.Response refused = server.post(MESSAGES, BODY, "Idempotency-Key", "order-4");
        TestServer.Response retry = server.post(MESSAGES, BODY, "Idempotency-Key", "order-4");

        assertEquals(402, refused.status(), refused.body());
        assertEquals(200, retry.status(), retry.body());
        assertEquals(2, server.bean(RefusingFirstChargeLedger.class).charges());
        assertEquals(1, server.bean(TurnRecordRepository.class).findByUser(ALICE).size());
    }

    private void assertChargedTimes(int times) {
        Optional<Credits> expected = times == 0 ? Optional.empty() : Optional.of(new Credits(GRANT - times));
        assertEquals(expected, server.bean(CreditAccountRepository.class).balance(ALICE));
        assertEquals(times, server.bean(TurnRecordRepository.class).findByUser(ALICE).size());
    }

    private static String message(String content) {
        return "{\"elegoo_user_id\":\"alice\",\"access_token\":\"alice-token\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"" + content + "\"}]}";
    }

    private static TestServer.Response await(Future<TestServer.Response> response) {
        try {
            return response.get();
        } catch (Exception e) {
            throw new IllegalStateException("a parallel request failed", e);
        }
    }
}
