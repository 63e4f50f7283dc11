package dev.slicewise.bootstrap;

import dev.slicewise.adapter.credits.FakeElegooCredits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar killed with {@code SIGKILL} while it answers, then started again on the same folder: an answer
 * that reached its client is never lost (its retry replays it byte for byte), a request that died holding its
 * idempotency key is taken over once its lease has ended, and every request is charged and recorded once.
 */
class CrashRecoveryIT {

    private static final String API = "/ent/partners/api/elegoo/";
    private static final String PARTNER = "crash-partner";
    private static final int USERS = 8;
    private static final int CLIENTS = 16;
    private static final long GRANT = 1_000_000;
    /** Killed once this many answers reached their clients (or after a minute, on a very slow machine). */
    private static final int ANSWERS_BEFORE_THE_KILL = 100;
    private static final Pattern TRACE_ID = Pattern.compile("\"traceId\":\"([0-9a-f]+)\"");

    /** One message the test sent: its key, its user and body, and the first answer (status -1: none came). */
    private record Sent(String key, int user, String body, int status, String answer) {
    }

    @Test
    void givenMessagesUnderLoadOnTheH2Default_killMinus9_losesNoAnswerThatWasSent_andChargesEachRequestOnce(
            @TempDir Path workDir) throws Exception {
        Map<String, String> settings = Map.of("SLICEWISE_PARTNER_TOKENS", PARTNER,
                "SLICEWISE_CREDITS_INITIAL_GRANT", String.valueOf(GRANT), "SLICEWISE_IDEMPOTENCY_LEASE_SECONDS", "3");
        Queue<Sent> sent = new ConcurrentLinkedQueue<>();
        try (PackagedService service = PackagedService.start(workDir, settings)) {
            for (int user = 0; user < USERS; user++) {
                register(service, user);
            }
            sendUntilKilled(service, sent);
        }
        List<Sent> answered = sent.stream().filter(s -> s.status() == 200).toList();
        assertTrue(answered.size() >= ANSWERS_BEFORE_THE_KILL / 4, () -> "answers before the kill: " + answered.size());

        List<String> finalAnswers = new ArrayList<>();
        try (PackagedService restarted = PackagedService.start(workDir, settings)) {
            for (Sent message : sent) {
                String answer = retryUntilAnswered(restarted, message);
                if (message.status() == 200) {
                    assertEquals(message.answer(), answer, () -> "the retry of " + message.key()
                            + " must replay the answer that was sent");
                }
                finalAnswers.add(answer);
            }
        }

        Set<String> traceIds = finalAnswers.stream().map(CrashRecoveryIT::traceId).collect(Collectors.toSet());
        assertEquals(sent.size(), traceIds.size(), "each request is charged under an id of its own");
        try (Connection database = openDatabase(workDir)) {
            for (int user = 0; user < USERS; user++) {
                int requests = (int) countOf(sent, user);
                assertEquals(requests, count(database, "credit_charge", user), "charges of user " + user);
                assertEquals(requests, count(database, "turn_record", user), "turn records of user " + user);
                assertEquals(Optional.of(GRANT - requests), balance(database, user), "balance of user " + user);
            }
        }
    }

    @Test
    void givenRequestKilledWhileTheCreditsApiCharges_itsRetry_waitsForTheLeaseThenRunsUnderTheSameRequestId(
            @TempDir Path workDir) throws Exception {
        Duration lease = Duration.ofSeconds(15);
        try (FakeElegooCredits credits = FakeElegooCredits.start()) {
            credits.answer(FakeElegooCredits.Answer.of(200, FakeElegooCredits.SUCCESS_WITH_BALANCE)
                    .after(Duration.ofSeconds(20)));
            Map<String, String> settings = Map.of("SLICEWISE_PARTNER_TOKENS", PARTNER,
                    "SLICEWISE_CREDITS_MODE", "elegoo", "SLICEWISE_CREDITS_BASE_URL", credits.baseUrl(),
                    "SLICEWISE_CREDITS_TIMEOUT_MS", "30000",
                    "SLICEWISE_IDEMPOTENCY_LEASE_SECONDS", String.valueOf(lease.toSeconds()));
            String body = message(0, "slice the model");
            Instant submitted;
            PackagedService service = PackagedService.start(workDir, settings);
            try (ExecutorService client = Executors.newVirtualThreadPerTaskExecutor()) {
                try {
                    register(service, 0);
                    submitted = Instant.now();
                    client.submit(() -> service.post(API + "chats/messages/", body, "Idempotency-Key", "order-7"));
                    awaitCharges(credits, 1);
                } finally {
                    service.kill();
                }
            }
            credits.answer(FakeElegooCredits.Answer.of(200, FakeElegooCredits.SUCCESS_WITH_BALANCE));
            Instant leaseEndsNoEarlierThan = submitted.plus(lease);

            try (PackagedService restarted = PackagedService.start(workDir, settings)) {
                HttpResponse<String> retry = restarted.post(API + "chats/messages/", body, "Idempotency-Key", "order-7");
                // answered before the lease could have ended, so the server judged it within the lease (a slow machine
                // may answer the first retry only after the lease ended: then it may run)
                if (Instant.now().isBefore(leaseEndsNoEarlierThan)) {
                    assertEquals(409, retry.statusCode(), "within the lease of the request that died: " + retry.body());
                }
                String answer = retryUntilAnswered(restarted, new Sent("order-7", 0, body, -1, ""));

                assertTrue(!Instant.now().isBefore(leaseEndsNoEarlierThan), "taken over only once the lease ended");
                assertTrue(answer.contains(FakeElegooCredits.TRACE_ID), answer);
            }
            List<String> requestIds = credits.received().stream().map(r -> requestId(r.body())).toList();
            assertEquals(2, requestIds.size(), () -> "the charge of the request that died, and the retry's: "
                    + credits.received());
            assertEquals(requestIds.get(0), requestIds.get(1), "one request id, so that the credits API charges once");
        }
    }

    private static void sendUntilKilled(PackagedService service, Queue<Sent> sent) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                clients.submit(() -> {
                    for (int n = 0; !killed.get(); n++) {
                        int user = id % USERS;
                        String key = "crash-" + id + "-" + n;
                        String body = message(user, "slice the model");
                        try {
                            HttpResponse<String> answer = service.post(API + "chats/messages/", body,
                                    "Idempotency-Key", key);
                            sent.add(new Sent(key, user, body, answer.statusCode(), answer.body()));
                        } catch (IOException cut) {
                            sent.add(new Sent(key, user, body, -1, ""));
                        }
                    }
                    return null;
                });
            }
            Instant deadline = Instant.now().plusSeconds(60);
            while (sent.stream().filter(s -> s.status() == 200).count() < ANSWERS_BEFORE_THE_KILL
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            killed.set(true);
            service.kill();
        }
    }

    /** Sends the message again until it is answered (409 while the key is held by a request that died). */
    private static String retryUntilAnswered(PackagedService service, Sent message) throws Exception {
        Instant deadline = Instant.now().plusSeconds(40);
        while (true) {
            HttpResponse<String> answer = service.post(API + "chats/messages/", message.body(), "Idempotency-Key",
                    message.key());
            if (answer.statusCode() == 200) {
                return answer.body();
            }
            assertEquals(409, answer.statusCode(), answer.body());
            assertTrue(Instant.now().isBefore(deadline), () -> message.key() + " is still held: " + answer.body());
            Thread.sleep(250);
        }
    }

    private static void register(PackagedService service, int user) throws Exception {
        HttpResponse<String> registered = service.post(API + "user_access_token/",
                "{\"elegoo_user_id\":\"user-" + user + "\",\"access_token\":\"token-" + user + "\",\"expire_in\":3600}",
                "Authorization", "Token " + PARTNER);
        assertEquals(201, registered.statusCode(), registered.body());
    }

    private static String message(int user, String text) {
        return "{\"elegoo_user_id\":\"user-" + user + "\",\"access_token\":\"token-" + user + "\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}";
    }

    private static void awaitCharges(FakeElegooCredits credits, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (credits.received().size() < count) {
            assertTrue(Instant.now().isBefore(deadline), "the credits API was never called");
            Thread.sleep(50);
        }
    }

    private static String traceId(String answer) {
        Matcher matcher = TRACE_ID.matcher(answer);
        assertTrue(matcher.find(), answer);
        return matcher.group(1);
    }

    private static String requestId(String chargeBody) {
        Matcher matcher = Pattern.compile("\"request_id\"\\s*:\\s*\"([^\"]+)\"").matcher(chargeBody);
        assertTrue(matcher.find(), chargeBody);
        return matcher.group(1);
    }

    private static long countOf(Queue<Sent> sent, int user) {
        return sent.stream().filter(s -> s.user() == user).count();
    }

    /** The service's H2 file, opened directly once the service has stopped. */
    private static Connection openDatabase(Path workDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data").resolve("slicewise")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    private static int count(Connection database, String table, int user) throws SQLException {
        try (PreparedStatement query = database.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE elegoo_user_id = ?")) {
            query.setString(1, "user-" + user);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static Optional<Long> balance(Connection database, int user) throws SQLException {
        try (PreparedStatement query = database.prepareStatement(
                "SELECT balance FROM credit_account WHERE elegoo_user_id = ?")) {
            query.setString(1, "user-" + user);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }
}
