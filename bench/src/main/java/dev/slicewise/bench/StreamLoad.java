package dev.slicewise.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The client of {@code bench/stream-load.sh}, against a running service in {@code llm} mode whose provider is the fake
 * of the tests streaming its answer. Two phases, chosen with {@code bench.phase}:
 * <ol>
 *     <li>{@code first}: {@code bench.count} streamed chats one after another; for each, the time from sending the
 *     request to the first {@code message} event, next to the time from sending the same completion request straight
 *     to the fake provider to its first text chunk (the baseline, measured in the same run, alternating);</li>
 *     <li>{@code load}: {@code bench.concurrent} streamed chats at once: how many ended with {@code message_end}, how
 *     many failed and how, the wall time, and the service's peak used heap (from {@code jstat}), platform threads and
 *     resident memory (from {@code /proc/<pid>/status}).</li>
 * </ol>
 * Settings, as system properties: {@code bench.base} (the service's base URL), {@code bench.partner} (partner token,
 * to create the API key), {@code bench.fake} (the fake provider's base URL), {@code bench.pid} (the service's process).
 */
public final class StreamLoad {

    private static final String MESSAGE = "What do you think, is a print farm a good hobby?";
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final String base = setting("bench.base");
    private final PrintStream out = System.out;
    private String key;

    private StreamLoad() {
    }

    public static void main(String[] args) throws Exception {
        StreamLoad bench = new StreamLoad();
        bench.key = bench.createKey();
        switch (setting("bench.phase")) {
            case "first" -> bench.firstEvents(Integer.parseInt(setting("bench.count")));
            case "load" -> bench.load(Integer.parseInt(setting("bench.concurrent")));
            default -> throw new IllegalArgumentException("bench.phase is 'first' or 'load'");
        }
    }

    private String createKey() throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/api_keys"))
                .header("Authorization", "Token " + setting("bench.partner")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"stream-bench\",\"rate_limit_per_minute\":100000}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = KEY.matcher(created.body());
        if (created.statusCode() != 201 || !matcher.find()) {
            throw new IllegalStateException("no API key: " + created.statusCode() + " " + created.body());
        }
        return matcher.group(1);
    }

    private void firstEvents(int count) throws IOException, InterruptedException {
        String fake = setting("bench.fake") + "/v1/chat/completions";
        String completion = "{\"model\":\"fake-model\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\""
                + MESSAGE + "\"}]}";
        List<Double> service = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        for (int i = 0; i < count + 5; i++) {
            Streamed viaService = stream();
            long start = System.nanoTime();
            HttpResponse<Stream<String>> straight = http.send(HttpRequest.newBuilder(URI.create(fake))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(completion)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            double firstChunk = Double.NaN;
            try (Stream<String> lines = straight.body()) {
                for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                    String line = it.next();
                    if (Double.isNaN(firstChunk) && line.startsWith("data: ") && line.contains("\"content\":\"")
                            && !line.contains("\"content\":\"\"")) {
                        firstChunk = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
            if (i >= 5) { // the first ones warm both paths up
                if (!viaService.ended()) {
                    throw new IllegalStateException("a stream did not end with message_end: " + viaService.failure);
                }
                service.add(viaService.firstMessageMs);
                direct.add(firstChunk);
            }
        }
        double serviceP50 = percentile(service, 50);
        double directP50 = percentile(direct, 50);
        out.printf("first text, %d streams one after another (ms):%n", count);
        out.printf("  straight from the provider:  p50 %.1f  p90 %.1f  max %.1f%n", directP50, percentile(direct, 90),
                percentile(direct, 100));
        out.printf("  through the service (SSE):   p50 %.1f  p90 %.1f  max %.1f%n", serviceP50,
                percentile(service, 90), percentile(service, 100));
        out.printf("  the service's own part of the first event: p50 %.1f ms (ratio %.3f)%n", serviceP50 - directP50,
                serviceP50 / directP50);
    }

    private void load(int concurrent) throws Exception {
        Path status = Path.of("/proc", setting("bench.pid"), "status");
        HeapSampler heap = HeapSampler.start(setting("bench.pid"), 250);
        List<Streamed> streams;
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Streamed>> running = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                running.add(clients.submit(this::stream));
            }
            streams = new ArrayList<>();
            for (Future<Streamed> future : running) {
                streams.add(future.get());
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String threads = procField(status, "Threads");
        String rss = procField(status, "VmRSS");
        String peakRss = procField(status, "VmHWM");
        Thread.sleep(300); // a last sample after the streams ended
        heap.stop();
        long ended = streams.stream().filter(Streamed::ended).count();
        List<Double> firsts = streams.stream().filter(Streamed::ended).map(s -> s.firstMessageMs).toList();
        List<Double> totals = streams.stream().filter(Streamed::ended).map(s -> s.totalMs).toList();
        out.printf("%d streams at once: %d ended with message_end, %d failed, in %.2f s%n", concurrent, ended,
                concurrent - ended, wall);
        streams.stream().filter(s -> !s.ended()).map(s -> s.failure).distinct().limit(5)
                .forEach(failure -> out.println("  failure: " + failure));
        out.printf("  first text p50 %.0f ms p99 %.0f ms; whole stream p50 %.0f ms p99 %.0f ms%n",
                percentile(firsts, 50), percentile(firsts, 99), percentile(totals, 50), percentile(totals, 99));
        out.printf("  service: peak used heap %.0f MB (sampled every 250 ms), platform threads %s, resident %s "
                + "(peak %s)%n", heap.peakMb(), threads, rss, peakRss);
    }

    /** One streamed chat, read to its end. */
    private Streamed stream() {
        Streamed stream = new Streamed();
        long start = System.nanoTime();
        try {
            HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/chat"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .header("Accept", "text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"" + MESSAGE + "\",\"stream\":true}"))
                    .build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                stream.failure = "status " + response.statusCode();
                response.body().close();
                return stream;
            }
            String event = "";
            try (Stream<String> lines = response.body()) {
                for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                    String line = it.next();
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                        if (event.equals("message") && Double.isNaN(stream.firstMessageMs)) {
                            stream.firstMessageMs = (System.nanoTime() - start) / 1e6;
                        }
                    } else if (line.startsWith("data:") && event.equals("message_end")) {
                        stream.totalMs = (System.nanoTime() - start) / 1e6;
                    } else if (line.startsWith("data:") && event.equals("error")) {
                        stream.failure = "error event " + line.substring(5).strip();
                    }
                }
            }
            if (Double.isNaN(stream.totalMs) && stream.failure == null) {
                stream.failure = "the stream closed without message_end";
            }
        } catch (IOException | InterruptedException e) {
            stream.failure = e.toString();
        }
        return stream;
    }

    /** What one streamed chat came to: when its first text and its end arrived, or why it failed. */
    private static final class Streamed {
        double firstMessageMs = Double.NaN;
        double totalMs = Double.NaN;
        String failure;

        boolean ended() {
            return failure == null && !Double.isNaN(totalMs) && !Double.isNaN(firstMessageMs);
        }
    }

    private static String procField(Path status, String name) throws IOException {
        return Files.readAllLines(status).stream().filter(line -> line.startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse("?");
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set -D" + name);
        }
        return value;
    }
}
