package dev.slicewise.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar, run as users run it ({@code java -jar}, settings in the environment: the test's, and no other
 * {@code SLICEWISE_} variable) in a working folder of the test's: started, called, killed with {@code SIGKILL} or
 * stopped, and started again on the same folder. Used by the
 * failsafe tests, which run after the jar is built. The jar is {@code target/slicewise.jar}, or the one the system
 * property {@code slicewise.jar} names (to run a test against an older build).
 */
final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("slicewise.jar", "target/slicewise.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path workDir;
    private final Path log;
    private final int port;

    private PackagedService(Process process, Path workDir, Path log, int port) {
        this.process = process;
        this.workDir = workDir;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar in {@code workDir} on a free port, with these environment variables, until it is ready. */
    static PackagedService start(Path workDir, Map<String, String> environment) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile(workDir, "service-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SLICEWISE_"));
        builder.environment().putAll(environment);
        builder.environment().put("SLICEWISE_PORT", String.valueOf(port));
        PackagedService service = new PackagedService(builder.start(), workDir, log, port);
        service.awaitReady();
        return service;
    }

    int port() {
        return port;
    }

    /** The working folder it runs in (its {@code data/} with the generated partner token). */
    Path workDir() {
        return workDir;
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST} of a JSON body with a header, answered within 30 s. */
    HttpResponse<String> post(String path, String body, String header, String value)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET}, answered within 30 s. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code kill -9}: the process ends at once, with nothing written on its way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code kill}: the process shuts down as it does when its operator stops it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Until {@code GET /health} answers and the console says the service is ready. */
    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && log().contains("Slicewise ready")) {
                    return;
                }
                pause();
            } catch (IOException notYet) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the jar did not start:\n" + log());
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
