package dev.slicewise.bench;

import dev.slicewise.adapter.llm.plate.PlateRenders;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The load of {@code bench/plate-memory.sh} against a running service: first one analysis of the reference client's
 * four 512x512 JPEG views, then {@code parallel} plate analyses at once, each with {@code views} PNG views of
 * {@code side}x{@code side} pixels (the test renders of a mushroom, enlarged without smoothing so that the files stay
 * within the request size limit). Prints the service's resident memory (from {@code /proc/<pid>/status}) after the
 * first analysis and its peak after the load, and each answer's status and time.
 *
 * <p>Settings, as system properties (not {@code exec.args}, which would also replace the arguments of the model
 * training steps of the build that {@code -am} runs): {@code bench.base} (the partner API's base URL),
 * {@code bench.partner} (partner token), {@code bench.pid} (the service's process id), {@code bench.parallel},
 * {@code bench.views} (views per request), {@code bench.side}.
 */
public final class PlateMemoryLoad {

    private static final String USER = "\"elegoo_user_id\":\"plate-bench\",\"access_token\":\"plate-bench-token\"";
    private static final String PLATES =
            "\"plates\":[{\"model_objects\":[{\"id\":\"1\",\"name\":\"Mushroom.stl\",\"extruder_id\":-1}]}]";

    private PlateMemoryLoad() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        PrintStream out = System.out;
        String base = setting("bench.base");
        String partner = setting("bench.partner");
        Path status = Path.of("/proc", setting("bench.pid"), "status");
        int parallel = Integer.parseInt(setting("bench.parallel"));
        int viewsPerRequest = Integer.parseInt(setting("bench.views"));
        int side = Integer.parseInt(setting("bench.side"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create(base + "user_access_token/"))
                .header("Authorization", "Token " + partner).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{" + USER + ",\"expire_in\":3600}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() / 100 != 2) {
            throw new IllegalStateException("could not register the bench user: " + registered.body());
        }

        out.println("  " + analyse(http, base, body(PlateRenders.Shape.MUSHROOM.jpegDataUris()), "reference"));
        out.printf("after start-up and one analysis of four 512x512 JPEG views: RSS %s%n", memory(status, "VmRSS"));

        List<BufferedImage> renders = PlateRenders.Shape.MUSHROOM.views();
        String body = body(IntStream.range(0, viewsPerRequest)
                .mapToObj(i -> PlateRenders.dataUri(enlarged(renders.get(i % renders.size()), side), "png"))
                .toList());
        out.printf("%d requests at once, each %d PNG views of %dx%d (%d kB):%n", parallel, viewsPerRequest, side, side,
                body.length() / 1024);
        long started = System.nanoTime();
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < parallel; i++) {
                String key = "plate-memory-" + started + "-" + i;
                answers.add(threads.submit(() -> analyse(http, base, body, key)));
            }
        }
        Map<String, Integer> statuses = new TreeMap<>();
        for (Future<String> answer : answers) {
            out.println("  " + answer.get());
            statuses.merge(answer.get().substring(0, 3), 1, Integer::sum);
        }
        out.printf("statuses %s, all answered after %d ms; peak RSS %s%n", statuses,
                (System.nanoTime() - started) / 1_000_000, memory(status, "VmHWM"));
    }

    private static String body(List<String> views) {
        return "{" + USER + ",\"images\":" + views.stream().map(view -> "\"" + view + "\"")
                .collect(Collectors.joining(",", "[", "]")) + "," + PLATES + "}";
    }

    /** The status and time of one analysis, each with its own Idempotency-Key. */
    private static String analyse(HttpClient http, String base, String body, String key) throws IOException,
            InterruptedException {
        long sent = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "plate_analysis/"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " after " + (System.nanoTime() - sent) / 1_000_000 + " ms"
                + (answer.statusCode() >= 300 ? ": " + answer.body() : "");
    }

    /** A line of /proc/<pid>/status in megabytes: VmRSS (resident now) or VmHWM (the peak). */
    private static String memory(Path status, String key) throws IOException {
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith(key + ":"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
                .findFirst().orElseThrow();
    }

    /** The render enlarged to side x side, each pixel repeated (no smoothing: the PNG stays small). */
    private static BufferedImage enlarged(BufferedImage render, int side) {
        double factor = (double) side / render.getWidth();
        BufferedImage target = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        return new AffineTransformOp(AffineTransform.getScaleInstance(factor, factor),
                AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(render, target);
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the system property " + name + " is needed (see bench/plate-memory.sh)");
        }
        return value;
    }
}
