package dev.slicewise.bench;

import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The records' export at scale: {@value #RECORDS} records of a year (partner turns in 10,000 chats, native turns and
 * plate analyses, English and Chinese, some with quotes, commas, line breaks and a leading {@code =}) in an embedded
 * PostgreSQL with the schema Flyway makes, then the jar ({@code BENCH_JAR}, else the built one), run with
 * {@code -Xmx256m}, asked for the whole year as CSV and as xlsx over HTTP, each twice: the time to the first byte of
 * the body, the total time, the size, the number of lines (CSV) and the service's peak used heap ({@code jstat -gc}
 * every 100 ms). A page of records with its count, a text filter and a usage by day are timed too.
 */
public final class ExportBenchmark {

    private static final int RECORDS = 1_000_000;
    private static final int CHATS = 10_000;
    private static final int PLATE_EVERY = 20;
    private static final int NATIVE_EVERY = 3;
    private static final String TOKEN = "bench-partner-token";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long YEAR_SECONDS = 365L * 24 * 3600;
    private static final String YEAR = "start_date=2026-01-01&end_date=2026-12-31";
    private static final List<String> QUESTIONS = List.of("Make this bracket stronger, please",
            "My PETG prints have a lot of stringing between the parts", "slice it", "=1+1 is this a formula?",
            "打印的时候拉丝怎么办？", "热床温度应该设置多少", "What layer height for a \"fine\" figurine, 0.12 or 0.08?",
            "first line\nsecond line, with a comma", "-5 degrees colder?", "@support how do I add tree supports");
    private static final List<String> ANSWERS = List.of(
            "Here are stronger settings for your bracket: 4 walls, 40% gyroid infill and 5 top layers. "
                    + "They add about 20 minutes and 6 g of filament; the part will be much stiffer.",
            "Stringing usually comes from a hot nozzle or too little retraction. Lower the nozzle temperature by 5 °C, "
                    + "raise the retraction to 1.2 mm and dry the spool if it has been open for weeks.",
            "先把喷嘴温度降低5°C，再把回抽长度增加到1.2毫米。如果耗材受潮，请先烘干四个小时。",
            "I sliced your model with the standard 0.20 mm profile: 2 h 14 min, 38 g of PLA.",
            "A layer height of 0.12 mm keeps the \"fine\" details; 0.08 mm doubles the time for little gain.");

    private final Random random = new Random(17);
    private final PrintStream out = System.out;

    public static void main(String[] args) throws Exception {
        new ExportBenchmark().run(Path.of(System.getenv().getOrDefault("BENCH_JAR",
                "bootstrap/target/slicewise.jar")));
    }

    private void run(Path jar) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE export_scale");
            }
            String url = postgres.getJdbcUrl("postgres", "export_scale");
            try (ApplicationContext migrated = ApplicationContext.run(Map.of(
                    "datasources.default.url", url,
                    "datasources.default.username", "postgres",
                    "datasources.default.dialect", "POSTGRES",
                    "flyway.datasources.default.enabled", true,
                    "slicewise.persistence", "jdbc"))) {
                out.println("schema migrated by Flyway, as the service migrates it");
            }
            try (Connection connection = postgres.getDatabase("postgres", "export_scale").getConnection()) {
                out.println("PostgreSQL " + single(connection, "SHOW server_version") + ", 2 cores shared with the "
                        + "service and this client");
                long started = System.nanoTime();
                load(connection);
                out.printf("loaded %,d records in %.0f s (COPY); turn_record %s, plate_analysis_record %s%n", RECORDS,
                        (System.nanoTime() - started) / 1e9,
                        single(connection, "SELECT pg_size_pretty(pg_total_relation_size('turn_record'))"),
                        single(connection, "SELECT pg_size_pretty(pg_total_relation_size('plate_analysis_record'))"));
            }
            measure(jar, url);
        }
    }

    private void load(Connection connection) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder chats = new StringBuilder();
        for (int i = 1; i <= CHATS; i++) {
            chats.append(i).append("\telegoo-user-").append(i % 2_000).append("\t[]\t")
                    .append(i % 7 == 0 ? "like\tgood" : "\\N\t\\N").append('\t').append(START).append('\t')
                    .append(START).append('\n');
        }
        copy.copyIn("COPY chat (id, elegoo_user_id, messages_json, user_feedback, user_feedback_text, created_at, "
                + "updated_at) FROM STDIN", new StringReader(chats.toString()));
        StringBuilder turns = new StringBuilder();
        StringBuilder plates = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            Instant at = START.plusSeconds((long) i * YEAR_SECONDS / RECORDS).plusMillis(random.nextInt(1_000));
            String question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            String answer = ANSWERS.get(random.nextInt(ANSWERS.size()));
            boolean llm = random.nextInt(4) == 0;
            boolean partner = i % NATIVE_EVERY != 0;
            String owner = partner ? "elegoo-user-" + random.nextInt(2_000) : "key_" + "%032x".formatted(i % 50);
            String common = "\t" + (llm ? "openai\tgpt-4o-mini\t" + (800 + random.nextInt(400)) + "\t"
                    + (100 + random.nextInt(200)) + "\t900" : "embedded\tembedded\t0\t0\t4")
                    + "\t" + (random.nextInt(50) == 0) + "\t" + (partner ? "partner\t\\N\t\\N\t\\N" : "native\tmaker-"
                    + random.nextInt(500) + "\tses_" + "%032x".formatted(i) + "\tmsg_" + "%032x".formatted(i))
                    + "\t" + escaped(question) + "\t" + escaped(answer) + "\n";
            String chat = partner ? String.valueOf(1 + random.nextInt(CHATS)) : "\\N";
            if (i % PLATE_EVERY == 0) {
                plates.append("plate-").append(i).append('\t').append(owner).append('\t').append(chat)
                        .append("\tTREE\t0.9\tLOW\tBRIM\t0.8\tFIGURINE\t0.7\t\t4\t1\t1\t650\tEN\t").append(at)
                        .append(common);
            } else {
                turns.append("turn-").append(i).append('\t').append(owner).append('\t').append(chat)
                        .append("\tQUERY_INTENT\tGENERAL_QUESTION\t\t1\t").append(40 + random.nextInt(900))
                        .append('\t').append(question.chars().anyMatch(c -> c > 0x2E80) ? "ZH_CN" : "EN")
                        .append('\t').append(at).append(common);
            }
            if (turns.length() > 8_000_000 || i == RECORDS - 1) {
                copy.copyIn("COPY turn_record (request_id, elegoo_user_id, chat_id, workflow, intent, actions, "
                        + "charged, latency_millis, language, answered_at, provider, model, prompt_tokens, "
                        + "completion_tokens, assistant_latency_millis, fell_back, api, end_user, session_id, "
                        + "answer_id, user_message, bot_message) FROM STDIN", new StringReader(turns.toString()));
                turns.setLength(0);
            }
        }
        copy.copyIn("COPY plate_analysis_record (request_id, elegoo_user_id, chat_id, support, support_confidence, "
                + "adhesion_risk, adhesion_aid, adhesion_confidence, shape, shape_confidence, features, image_count, "
                + "model_count, charged, latency_millis, language, answered_at, provider, model, prompt_tokens, "
                + "completion_tokens, analyser_latency_millis, fell_back, api, end_user, session_id, answer_id, "
                + "user_message, bot_message) FROM STDIN", new StringReader(plates.toString()));
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
    }

    private void measure(Path jar, String url) throws Exception {
        Path work = Files.createTempDirectory("export-bench");
        int port = 18_090;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar.toAbsolutePath()
                .toString()).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("service.log").toFile());
        builder.environment().putAll(Map.of("SLICEWISE_DB_URL", url, "SLICEWISE_DB_USER", "postgres",
                "SLICEWISE_PARTNER_TOKENS", TOKEN, "SLICEWISE_PORT", String.valueOf(port),
                "SLICEWISE_LOG_LEVEL", "warn"));
        Process service = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        try {
            awaitHealth(http, base);
            HeapSampler heap = HeapSampler.start(String.valueOf(service.pid()), 100);
            for (int waited = 0; heap.peakMb() == 0 && waited < 50; waited++) {
                Thread.sleep(100);
            }
            out.printf("service up with -Xmx256m; used heap at rest %.0f MB%n", heap.peakMb());
            timed(http, base + "/api/v1/records?" + YEAR + "&page=1&page_size=50", "records, page 1 with the count");
            timed(http, base + "/api/v1/records?" + YEAR + "&user_message=stringing", "records, a text filter");
            timed(http, base + "/api/v1/usage?" + YEAR + "&group_by=day", "usage by day");
            for (String format : List.of("csv", "xlsx", "csv", "xlsx")) {
                heap.reset();
                export(http, base + "/api/v1/records/export?format=" + format + "&" + YEAR, format, heap);
            }
            heap.stop();
            boolean outOfMemory = Files.readString(work.resolve("service.log")).contains("OutOfMemoryError");
            out.println("OutOfMemoryError in the service's log: " + outOfMemory);
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private void export(HttpClient http, String url, String format, HeapSampler heap) throws Exception {
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request(url), HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = 0;
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = response.body()) {
            int read;
            while ((read = body.read(buffer)) >= 0) {
                if (bytes == 0 && read > 0) {
                    firstByte = System.nanoTime();
                }
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                bytes += read;
            }
        }
        long ended = System.nanoTime();
        out.printf("export %-4s: status %d, first byte %.0f ms, total %.1f s, %,d bytes%s, peak used heap %.0f MB%n",
                format, response.statusCode(), (firstByte - started) / 1e6, (ended - started) / 1e9, bytes,
                format.equals("csv") ? ", " + String.format("%,d", lines) + " lines" : "", heap.peakMb());
    }

    private void timed(HttpClient http, String url, String what) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request(url), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        out.printf("%s: status %d in %.0f ms (%s)%n", what, response.statusCode(),
                (System.nanoTime() - started) / 1e6, body.substring(0, Math.min(60, body.length())));
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Token " + TOKEN)
                .timeout(Duration.ofMinutes(10)).build();
    }

    private static void awaitHealth(HttpClient http, String base) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the service did not start");
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
