package dev.slicewise.bench.blind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * The partner API as the reference client uses it: the partner's backend registers a user's access token, the app
 * creates a chat and sends each turn with the whole conversation, the user's slicing profiles and the plate. A failure
 * to reach the service is an {@link IOException}: the benchmark cannot run.
 */
final class PartnerClient {

    /** What came back for one message, and how long it took from sending the request to reading the whole answer. */
    record Answer(int status, JsonNode body, long nanos) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String ACCESS_TOKEN = "blind-benchmark-token";
    private static final int TOKEN_LIFETIME_SECONDS = 86_400;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI api;
    private final String partnerToken;
    private final ObjectMapper json;

    PartnerClient(URI api, String partnerToken, ObjectMapper json) {
        this.api = api;
        this.partnerToken = partnerToken;
        this.json = json;
    }

    void register(String user) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode()
                .put("elegoo_user_id", user).put("access_token", ACCESS_TOKEN).put("expire_in", TOKEN_LIFETIME_SECONDS);
        HttpResponse<String> response = post("user_access_token/", body, "Authorization", "Token " + partnerToken);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IOException("registering " + user + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    JsonNode createChat(String user) throws IOException, InterruptedException {
        ObjectNode body = credentials(user).put("messages", "[]");
        HttpResponse<String> response = post("chats/", body);
        JsonNode chat = json.readTree(response.body());
        if (response.statusCode() / 100 != 2 || !chat.has("chat_id")) {
            throw new IOException("creating a chat answered " + response.statusCode() + ": " + response.body());
        }
        return chat.get("chat_id");
    }

    /** Sends one user message as the first turn of a new chat, in the user's language ({@code zh_CN} as {@code zh-CN}). */
    Answer send(String user, String language, String text, ObjectNode slicingProfiles, JsonNode plates,
                String idempotencyKey) throws IOException, InterruptedException {
        ObjectNode body = credentials(user);
        body.set("chat_id", createChat(user));
        body.putArray("messages").addObject().put("role", "user").put("content", text);
        body.set("slicing_profiles", slicingProfiles);
        body.set("plates", plates);
        String path = "chats/messages/?lang=" + language.replace('_', '-');
        long started = System.nanoTime();
        HttpResponse<String> response = post(path, body, "Idempotency-Key", idempotencyKey);
        long nanos = System.nanoTime() - started;
        JsonNode answer = response.body().isEmpty() ? json.missingNode() : json.readTree(response.body());
        return new Answer(response.statusCode(), answer, nanos);
    }

    private ObjectNode credentials(String user) {
        return json.createObjectNode().put("elegoo_user_id", user).put("access_token", ACCESS_TOKEN);
    }

    private HttpResponse<String> post(String path, ObjectNode body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String userOf(String language) {
        return "blind-" + language.toLowerCase(Locale.ROOT);
    }
}
