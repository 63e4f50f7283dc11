package dev.slicewise.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole service on a random port, wired as the jar wires it, with a plain JDK HTTP client so that tests see
 * the exact bytes a client sees.
 */
final class TestServer implements AutoCloseable {

    static final String PARTNER_TOKEN = "partner-secret-for-tests";
    static final String API = "/ent/partners/api/elegoo/";

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(EmbeddedServer server) {
        this.server = server;
    }

    /** Starts the service with the test defaults, overridden by {@code properties}. */
    static TestServer start(Map<String, Object> properties, String... environments) {
        Map<String, Object> all = new HashMap<>();
        all.put("micronaut.server.port", -1);
        all.put("slicewise.partner-tokens", PARTNER_TOKEN);
        all.putAll(properties);
        return new TestServer(ApplicationContext.run(EmbeddedServer.class, all, environments));
    }

    /** The in-memory adapters and no database, as {@code SLICEWISE_PERSISTENCE=memory} runs: a fresh, fast service. */
    static TestServer inMemory(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>();
        all.put("slicewise.persistence", "memory");
        all.putAll(properties);
        return start(all, Application.MEMORY);
    }

    static Map<String, Object> h2(String name) {
        return Map.of("datasources.default.url",
                "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa", "datasources.default.password", "");
    }

    int port() {
        return server.getPort();
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    Response post(String path, String body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request);
        return new Response(response.statusCode(), response.body());
    }

    /** The whole answer, headers included. */
    HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the test server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .timeout(Duration.ofSeconds(30));
        boolean contentType = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            contentType |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!contentType) {
            builder.header("Content-Type", "application/json");
        }
        return builder;
    }

    /** Registers a user's token through the partner endpoint and checks that it worked. */
    void register(String userId, String token, long expireIn) {
        Response response = post(API + "user_access_token/",
                "{\"elegoo_user_id\":\"" + userId + "\",\"access_token\":\"" + token + "\",\"expire_in\":" + expireIn + "}",
                "Authorization", "Token " + PARTNER_TOKEN);
        if (response.status() != 201 && response.status() != 200) {
            throw new IllegalStateException("could not register " + userId + ": " + response);
        }
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }

    record Response(int status, String body) {
    }
}
