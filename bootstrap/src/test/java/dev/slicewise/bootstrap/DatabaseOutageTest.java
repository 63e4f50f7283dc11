package dev.slicewise.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A PostgreSQL that stops while the service runs, then comes back: meanwhile every request that needs the database
 * answers 503 with {@code Retry-After} after the connection timeout ({@code SLICEWISE_DB_CONNECT_TIMEOUT_MS}, 3 s by
 * default) instead of a 500 after 30 s, and the service answers again by itself once the database is back: within a
 * few retries, since the pool tries to reconnect at most every 5 s while the database is away. Meanwhile the readiness
 * probe says the node is not ready (503, the database DOWN), while the liveness probe and {@code GET /health} say the
 * process is up: a restart would not bring the database back. The time of each 503 and of the recovery is printed,
 * not asserted.
 */
class DatabaseOutageTest {

    private static final String ALICE = "\"elegoo_user_id\":\"alice\",\"access_token\":\"alice-token\"";
    private static final String UNAVAILABLE =
            "{\"error\":\"The service cannot reach its database right now. Please try again in a few seconds.\"}";

    /**
     * Hikari's default pool size. Every idle connection of the pool broke with the database and fails the one request
     * that takes it (at once, a 503), so after the restart up to this many requests may meet one before the pool opens
     * a new connection: how many depends on how far the pool had filled before the database stopped.
     */
    private static final int POOL_SIZE = 10;

    @TempDir
    Path data;

    @Test
    void givenTheDatabaseStopsAndComesBack_requestsGet503WithRetryAfter_thenAnswersAgain() throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = start(port);
        String url;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE outage");
            url = postgres.getJdbcUrl("postgres", "outage");
        }
        try (TestServer server = TestServer.start(Map.of("datasources.default.url", url,
                "datasources.default.username", "postgres", "datasources.default.password", ""))) {
            server.register("alice", "alice-token", 3600);
            assertEquals(201, server.post(API + "chats/", "{" + ALICE + ",\"messages\":\"[]\"}").status());
            assertEquals(200, server.get("/health/readiness").status());

            postgres.close();
            TestServer.Response notReady = server.get("/health/readiness");
            assertEquals(503, notReady.status(), notReady.body());
            assertEquals("{\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\","
                    + "\"providers\":\"not_configured\"}}", notReady.body());
            assertEquals(200, server.get("/health/liveness").status());
            assertEquals(200, server.get("/health").status());
            for (HttpRequest.Builder request : new HttpRequest.Builder[] {
                    server.request(API + "chats/?elegoo_user_id=alice&access_token=alice-token").GET(),
                    server.request(API + "chats/").POST(HttpRequest.BodyPublishers.ofString(
                            "{" + ALICE + ",\"messages\":\"[]\"}")),
                    server.request(API + "chats/messages/").POST(HttpRequest.BodyPublishers.ofString(
                            "{" + ALICE + ",\"messages\":[{\"role\":\"user\",\"content\":\"slice it\"}]}"))}) {
                long started = System.nanoTime();
                HttpResponse<String> answer = server.exchange(request);
                System.out.printf("database down: %s %s answered %d after %d ms%n", answer.request().method(),
                        answer.request().uri().getPath(), answer.statusCode(), (System.nanoTime() - started) / 1_000_000);

                assertEquals(503, answer.statusCode(), answer.body());
                assertEquals(UNAVAILABLE, answer.body());
                assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""));
            }

            postgres = start(port);
            long restarted = System.nanoTime();
            TestServer.Response created = server.post(API + "chats/", "{" + ALICE + ",\"messages\":\"[]\"}");
            for (int retry = 0; retry < POOL_SIZE + 3 && created.status() == 503; retry++) {
                created = server.post(API + "chats/", "{" + ALICE + ",\"messages\":\"[]\"}");
            }
            System.out.printf("database back: answered %d %d ms after the restart%n", created.status(),
                    (System.nanoTime() - restarted) / 1_000_000);
            assertEquals(201, created.status(), created.body());
            assertEquals(200, server.get(API + "chats/?elegoo_user_id=alice&access_token=alice-token").status());
            TestServer.Response ready = server.get("/health/readiness");
            for (int retry = 0; retry < POOL_SIZE + 3 && ready.status() == 503; retry++) {
                ready = server.get("/health/readiness");
            }
            assertEquals(200, ready.status(), ready.body());
        } finally {
            postgres.close();
        }
    }

    /** A PostgreSQL on this port and data directory; started again on the same ones, it keeps the data. */
    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
