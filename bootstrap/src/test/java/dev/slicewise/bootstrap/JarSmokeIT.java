package dev.slicewise.bootstrap;

import dev.slicewise.adapter.credits.FakeElegooCredits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar, started as users start it ({@code java -jar}), in a fresh working folder: it must hold every
 * class its adapters need and the trained intent model, and say little on the console. Run by failsafe after the
 * jar is built.
 */
class JarSmokeIT {

    private static final Path JAR = Path.of("target", "slicewise.jar");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theJar_startsWithItsDefaults_saysItIsReadyInAFewLines_andChargesThroughTheElegooCreditsApi(@TempDir Path workDir)
            throws Exception {
        int port = freePort();
        try (FakeElegooCredits credits = FakeElegooCredits.start()) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", JAR.toAbsolutePath().toString())
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("service.log").toFile());
            builder.environment().put("SLICEWISE_PORT", String.valueOf(port));
            builder.environment().remove("SLICEWISE_PARTNER_TOKENS");
            builder.environment().remove("SLICEWISE_LOG_LEVEL");
            builder.environment().put("SLICEWISE_CREDITS_MODE", "elegoo");
            builder.environment().put("SLICEWISE_CREDITS_BASE_URL", credits.baseUrl());
            Process service = builder.start();
            try {
                String base = "http://127.0.0.1:" + port;
                awaitReady(base, workDir);
                String partnerToken = Files.readString(workDir.resolve("data").resolve("partner-token")).strip();
                assertEquals(201, post(base + "/ent/partners/api/elegoo/user_access_token/",
                        "{\"elegoo_user_id\":\"smoke\",\"access_token\":\"t\",\"expire_in\":60}",
                        partnerToken).statusCode());

                HttpResponse<String> answer = post(base + "/ent/partners/api/elegoo/chats/messages/",
                        "{\"elegoo_user_id\":\"smoke\",\"access_token\":\"t\","
                                + "\"messages\":[{\"role\":\"user\",\"content\":\"slice the model\"}]}", null);

                assertEquals(200, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("\"traceId\":\"" + FakeElegooCredits.TRACE_ID + "\""), answer.body());
                assertEquals(1, credits.received().size());
                assertTrue(Files.exists(workDir.resolve("data").resolve("slicewise.mv.db")), "the H2 file database");
                List<String> console = Files.readAllLines(workDir.resolve("service.log"));
                assertTrue(console.size() <= 10, "at most 10 lines:\n" + String.join("\n", console));
                assertTrue(console.contains("  Authorization: Token " + partnerToken), "the generated token, shown once");
                assertTrue(console.getLast().endsWith(" - Slicewise ready on http://localhost:" + port
                        + " (H2 ./data/slicewise, embedded assistant, elegoo credits)"), console.getLast());
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    /** Until {@code GET /health} answers and the console says the service is ready. */
    private void awaitReady(String base, Path workDir) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200
                        && Files.readString(workDir.resolve("service.log")).contains("Slicewise ready")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the jar did not start:\n" + Files.readString(workDir.resolve("service.log")));
    }

    private HttpResponse<String> post(String url, String body, String partnerToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (partnerToken != null) {
            request.header("Authorization", "Token " + partnerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
