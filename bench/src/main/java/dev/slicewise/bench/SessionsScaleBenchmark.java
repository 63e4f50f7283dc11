package dev.slicewise.bench;

import dev.slicewise.adapter.persistence.JdbcSessionRepository;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.domain.session.SessionCursor;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The native API's sessions at scale: 100,000 sessions and 1,000,000 messages of 100 keys on an embedded PostgreSQL,
 * the schema made by Flyway as the service makes it, then the p50 and p99 of what the API asks the
 * {@link JdbcSessionRepository} for: a page of the list (the first, and one deep down by cursor), keyword searches
 * (a common word, a rare one, Chinese of four and of two characters, a short keyword that is nowhere), a history page
 * (offset 0 and deep) and the latest 20 messages of a 400-message session.
 *
 * <p>The keys are uneven, as real ones are: key 0 holds a fifth of the sessions, key 1 a tenth, key 2 a twentieth, and
 * 97 keys share the rest; 100 sessions hold 400 messages each. Messages are English (80%) or Chinese without spaces
 * (20%) made of slicer words; "dehumidifier" is in one message in 100, "hygrometer" in one in 50,000. The rows are
 * loaded with COPY after the secondary indexes are dropped, and the indexes are then made again from their own
 * definitions, then analysed. Each
 * figure is {@link System#nanoTime()} around the repository call after a warm-up, not JMH: enough to compare with the
 * 50 ms goal. The EXPLAIN of the search's statements is printed for the ADR.
 */
public final class SessionsScaleBenchmark {

    private static final int KEYS = 100;
    private static final int SESSIONS = 100_000;
    private static final int MESSAGES = 1_000_000;
    private static final int LONG_SESSIONS = 100;
    private static final int LONG_SESSION_MESSAGES = 400;
    private static final int RARE_WORD_EVERY = 50_000;
    private static final int MEDIUM_WORD_EVERY = 100;
    private static final int WARM_UP_CALLS = 30;
    private static final int MEASURED_CALLS = 200;
    /** A call slower than this in the warm-up is measured {@value #SLOW_CALLS} times only, to keep the run short. */
    private static final double SLOW_MILLIS = 100;
    private static final int SLOW_CALLS = 10;
    private static final int PAGE = 20;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long YEAR_SECONDS = 365L * 24 * 3600;

    private static final List<String> ENGLISH = List.of("the", "a", "my", "is", "too", "with", "and", "after", "on",
            "layer", "height", "infill", "wall", "walls", "top", "bottom", "shell", "nozzle", "temperature", "bed",
            "adhesion", "brim", "raft", "support", "tree", "overhang", "bridge", "speed", "outer", "inner",
            "retraction", "stringing", "warping", "curling", "corner", "first", "seam", "gyroid", "grid", "cubic", "density",
            "PLA", "PETG", "ABS", "ASA", "TPU", "nylon", "carbon", "silk", "filament", "spool", "dry", "humid",
            "extruder", "clog", "flow", "rate", "pressure", "advance", "calibration", "cube", "benchy", "bracket",
            "vase", "figurine", "lid", "hinge", "gear", "thread", "hole", "tolerance", "shrink", "cooling", "fan",
            "enclosure", "door", "plate", "textured", "smooth", "glue", "stick", "clean", "level", "mesh", "z",
            "offset", "squish", "gap", "blob", "zit", "ghosting", "ringing", "acceleration", "jerk", "slow", "fast",
            "stronger", "lighter", "finer", "detail", "quality", "draft", "standard", "print", "printing",
            "printer", "preset", "profile", "slice", "sliced", "model", "part", "surface", "rough", "shiny", "matte");
    private static final List<String> CHINESE = List.of("打印", "模型", "层高", "填充", "墙", "顶层", "底层", "喷嘴",
            "温度", "热床", "热床温度", "附着", "裙边", "筏", "支撑", "树状支撑", "悬垂", "桥接", "速度", "外墙", "内墙",
            "回抽", "拉丝", "翘边", "卷边", "第一层", "接缝", "耗材", "受潮", "烘干", "挤出机", "堵头", "流量", "校准",
            "支架", "花瓶", "手办", "齿轮", "螺纹", "公差", "收缩", "冷却", "风扇", "机箱", "平台", "胶水", "调平",
            "强度", "更快", "更细", "表面", "粗糙", "光滑", "我的", "这个", "一些", "太", "了", "吗", "怎么", "设置");
    private static final List<String> SEARCHES = List.of("print", "dehumidifier", "hygrometer", "热床温度", "拉丝",
            "zq");

    private final Random random = new Random(14);
    private final PrintStream out;

    private SessionsScaleBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        new SessionsScaleBenchmark(System.out).run();
    }

    private void run() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE sessions_scale");
            }
            String url = postgres.getJdbcUrl("postgres", "sessions_scale");
            try (ApplicationContext context = ApplicationContext.run(Map.of(
                    "datasources.default.url", url,
                    "datasources.default.username", "postgres",
                    "datasources.default.dialect", "POSTGRES",
                    "flyway.datasources.default.enabled", true,
                    "slicewise.persistence", "jdbc"))) {
                Dataset data;
                try (Connection connection = postgres.getDatabase("postgres", "sessions_scale").getConnection()) {
                    out.println("PostgreSQL " + single(connection, "SHOW server_version") + ", lc_ctype "
                            + single(connection, "SELECT datctype FROM pg_database WHERE datname = current_database()")
                            + ", 2 cores shared with the JVM");
                    long started = System.nanoTime();
                    data = load(connection);
                    out.printf("loaded %,d sessions and %,d messages of %d keys in %.0f s (COPY, indexes made after);"
                                    + " messages table %s, trigram index %s%n", SESSIONS, MESSAGES, KEYS,
                            (System.nanoTime() - started) / 1e9,
                            single(connection, "SELECT pg_size_pretty(pg_total_relation_size('session_message'))"),
                            single(connection,
                                    "SELECT pg_size_pretty(pg_relation_size('session_message_owner_content_trgm'))"));
                    execute(connection, "CREATE EXTENSION pg_stat_statements");
                    measure(context.getBean(JdbcSessionRepository.class), data);
                    statementTimes(connection);
                    explainSearches(connection, data.biggest());
                }
            }
        }
    }

    /** What the measurements need to know of the loaded data. */
    private record Dataset(UserId biggest, int biggestSessions, UserId typical, SessionId longSession) {
    }

    private Dataset load(Connection connection) throws SQLException {
        int[] owners = new int[SESSIONS];
        int[] messages = new int[SESSIONS];
        long[] updated = new long[SESSIONS];
        int turnsLeft = MESSAGES / 2;
        for (int s = 0; s < SESSIONS; s++) {
            owners[s] = owner();
            messages[s] = s < LONG_SESSIONS ? LONG_SESSION_MESSAGES : 2;
            turnsLeft -= messages[s] / 2;
            updated[s] = 3600 + (long) (random.nextDouble() * (YEAR_SECONDS - 3600));
        }
        while (turnsLeft-- > 0) {
            messages[LONG_SESSIONS + random.nextInt(SESSIONS - LONG_SESSIONS)] += 2;
        }
        List<String> indexes = dropSecondaryIndexes(connection);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder rows = new StringBuilder();
        long messageNumber = 0;
        for (int s = 0; s < SESSIONS; s++) {
            messageNumber += messages[s];
            rows.append(sessionId(s)).append('\t').append(key(owners[s])).append('\t').append(title()).append("\t\\N\t")
                    .append(at(updated[s] - 3600)).append('\t').append(at(updated[s])).append('\t')
                    .append(messages[s]).append('\t').append(messageId(messageNumber - 1)).append('\n');
        }
        copyIn(copy, "chat_session (id, owner_id, title, context, created_at, updated_at, message_count,"
                + " last_message_id)", rows);
        messageNumber = 0;
        for (int s = 0; s < SESSIONS; s++) {
            for (int m = 0; m < messages[s]; m++) {
                boolean answer = m % 2 == 1;
                rows.append(messageId(messageNumber++)).append('\t').append(sessionId(s)).append('\t')
                        .append(key(owners[s])).append('\t').append(answer ? "ASSISTANT" : "USER").append('\t')
                        .append(text(answer)).append('\t')
                        .append(answer && random.nextInt(4) == 0 ? "[[\"slice_model\"]]" : "\\N").append('\t')
                        .append(at(updated[s] - 3600 + m * 3600L / messages[s])).append('\n');
            }
            if (rows.length() > 8_000_000) {
                copyIn(copy, "session_message (id, session_id, owner_id, role, content, actions, created_at)", rows);
            }
        }
        copyIn(copy, "session_message (id, session_id, owner_id, role, content, actions, created_at)", rows);
        try (Statement statement = connection.createStatement()) {
            for (String index : indexes) {
                statement.execute(index);
            }
            statement.execute("VACUUM ANALYZE chat_session");
            statement.execute("VACUUM ANALYZE session_message");
        }
        int longSession = 0;
        while (owners[longSession] != 0) {
            longSession++;
        }
        int biggestSessions = (int) Arrays.stream(owners).filter(owner -> owner == 0).count();
        out.printf("the biggest key: %,d sessions, %,d messages; the typical key 50: %,d sessions, %,d messages%n",
                biggestSessions, keyMessages(owners, messages, 0),
                Arrays.stream(owners).filter(owner -> owner == 50).count(), keyMessages(owners, messages, 50));
        return new Dataset(new UserId(key(0)), biggestSessions, new UserId(key(50)),
                new SessionId(sessionId(longSession)));
    }

    private static long keyMessages(int[] owners, int[] messages, int owner) {
        long count = 0;
        for (int s = 0; s < owners.length; s++) {
            count += owners[s] == owner ? messages[s] : 0;
        }
        return count;
    }

    /** Key 0 a fifth of the sessions, key 1 a tenth, key 2 a twentieth, the 97 others the rest evenly. */
    private int owner() {
        double draw = random.nextDouble();
        return draw < 0.20 ? 0 : draw < 0.30 ? 1 : draw < 0.35 ? 2 : 3 + random.nextInt(KEYS - 3);
    }

    private String title() {
        return random.nextInt(5) == 0 ? words(CHINESE, 2, "") : words(ENGLISH, 3, " ");
    }

    private String text(boolean answer) {
        int count = (answer ? 14 : 8) + random.nextInt(10);
        String text = random.nextInt(5) == 0 ? words(CHINESE, count, "") : words(ENGLISH, count, " ");
        if (random.nextInt(RARE_WORD_EVERY) == 0) {
            return text + " hygrometer";
        }
        return random.nextInt(MEDIUM_WORD_EVERY) == 0 ? text + " dehumidifier" : text;
    }

    private String words(List<String> vocabulary, int count, String separator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return text.toString();
    }

    private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                     + " WHERE schemaname = 'public' AND tablename IN ('chat_session', 'session_message')"
                     + " AND indexname NOT LIKE '%pkey'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
                definitions.add(rows.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX " + name);
            }
        }
        return definitions;
    }

    private static void copyIn(CopyManager copy, String table, StringBuilder rows) throws SQLException {
        try {
            copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
        rows.setLength(0);
    }

    private void measure(SessionRepository sessions, Dataset data) {
        SessionCursor deep = cursorAt(sessions, data.biggest(), data.biggestSessions() / 2);
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        calls.put("list, first page (biggest key)", () -> sessions.list(data.biggest(), page(Optional.empty(), null)));
        calls.put("list, first page (typical key)", () -> sessions.list(data.typical(), page(Optional.empty(), null)));
        calls.put("list, page " + data.biggestSessions() / 2 / PAGE + " by cursor (biggest key)",
                () -> sessions.list(data.biggest(), page(Optional.of(deep), null)));
        for (String keyword : SEARCHES) {
            calls.put("search \"" + keyword + "\" (biggest key), " + found(sessions, data.biggest(), keyword),
                    () -> sessions.list(data.biggest(), page(Optional.empty(), keyword)));
            calls.put("search \"" + keyword + "\" (typical key), " + found(sessions, data.typical(), keyword),
                    () -> sessions.list(data.typical(), page(Optional.empty(), keyword)));
        }
        calls.put("history, offset 0, 50 of 400", () -> sessions.history(data.biggest(), data.longSession(), 0, 50));
        calls.put("history, offset 350, 50 of 400",
                () -> sessions.history(data.biggest(), data.longSession(), 350, 50));
        calls.put("latest 20 of 400", () -> sessions.latest(data.biggest(), data.longSession(), 20));
        calls.put("messages, newest 20 of 400",
                () -> sessions.messagesBefore(data.biggest(), data.longSession(), Optional.empty(), 20));
        out.printf("%-56s %5s %8s %8s%n", "call", "calls", "p50 ms", "p99 ms");
        for (Map.Entry<String, Supplier<Object>> call : calls.entrySet()) {
            double[] millis = time(call.getValue());
            out.printf("%-56s %5d %8.2f %8.2f%n", call.getKey(), millis.length, percentile(millis, 0.50),
                    percentile(millis, 0.99));
        }
    }

    private static SessionQuery page(Optional<SessionCursor> after, String keyword) {
        return new SessionQuery(PAGE, after, Optional.ofNullable(keyword));
    }

    /** How many sessions of the key the keyword finds on the first page, as the figure's label says. */
    private static String found(SessionRepository sessions, UserId owner, String keyword) {
        var first = sessions.list(owner, page(Optional.empty(), keyword));
        return first.sessions().size() + (first.hasMore() ? "+" : "") + " found";
    }

    /** The cursor after the first {@code position} sessions of the key's list, paged there 100 at a time. */
    private static SessionCursor cursorAt(SessionRepository sessions, UserId owner, int position) {
        Optional<SessionCursor> cursor = Optional.empty();
        for (int read = 0; read < position; read += SessionQuery.MAX_LIMIT) {
            var page = sessions.list(owner, new SessionQuery(SessionQuery.MAX_LIMIT, cursor, Optional.empty()));
            cursor = Optional.of(SessionCursor.after(page.sessions().getLast().session()));
        }
        return cursor.orElseThrow();
    }

    private static double[] time(Supplier<Object> call) {
        long warmUpStarted = System.nanoTime();
        call.get();
        boolean slow = (System.nanoTime() - warmUpStarted) / 1e6 > SLOW_MILLIS;
        for (int i = 1; i < (slow ? 1 : WARM_UP_CALLS); i++) {
            call.get();
        }
        double[] millis = new double[slow ? SLOW_CALLS : MEASURED_CALLS];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            Object result = call.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    /**
     * The plans of the two statements of a keyword search with a trigram, as JdbcSessionRepository sends them (written
     * out here with their parameters): the window of the list for a common word, and the indexed search past it.
     */
    private void explainSearches(Connection connection, UserId owner) throws SQLException {
        String key = "'" + owner.value() + "'";
        explain(connection, "the window for \"print\" (biggest key)", "SELECT s.id FROM (SELECT s.id, s.title,"
                + " s.updated_at FROM chat_session s WHERE s.owner_id = " + key + " ORDER BY s.updated_at DESC,"
                + " s.id DESC LIMIT 100) s WHERE (s.title ILIKE '%print%' ESCAPE '\\' OR EXISTS (SELECT 1 FROM"
                + " session_message m WHERE m.session_id = s.id AND m.content ILIKE '%print%' ESCAPE '\\'))"
                + " ORDER BY s.updated_at DESC, s.id DESC LIMIT 21");
        for (String keyword : List.of("hygrometer", "dehumidifier")) {
            String pattern = "'%" + keyword + "%' ESCAPE '\\'";
            explain(connection, "the indexed search for \"" + keyword + "\" (biggest key)", "SELECT s.id FROM"
                    + " chat_session s WHERE s.owner_id = " + key + " AND (s.updated_at, s.id) < (now(), 'ses_f')"
                    + " AND s.id IN (SELECT t.id FROM chat_session t WHERE t.owner_id = " + key + " AND t.title ILIKE "
                    + pattern + " UNION SELECT m.session_id FROM session_message m WHERE m.owner_id = " + key
                    + " AND m.content ILIKE " + pattern + ") ORDER BY s.updated_at DESC, s.id DESC LIMIT 21");
        }
    }

    private void explain(Connection connection, String label, String query) throws SQLException {
        out.println("EXPLAIN of " + label + ":");
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + query)) {
            while (rows.next()) {
                out.println("    " + rows.getString(1));
            }
        }
    }

    /** Where the database's time went: the statements that took the most in all, with their mean and max. */
    private void statementTimes(Connection connection) throws SQLException {
        out.printf("%-100s %7s %8s %8s%n", "statement (pg_stat_statements)", "calls", "mean ms", "max ms");
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 100),"
                     + " calls, mean_exec_time, max_exec_time FROM pg_stat_statements"
                     + " WHERE query LIKE '%chat_session%' ORDER BY total_exec_time DESC LIMIT 8")) {
            while (rows.next()) {
                out.printf("%-100s %7d %8.2f %8.2f%n", rows.getString(1), rows.getLong(2), rows.getDouble(3),
                        rows.getDouble(4));
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String key(int number) {
        return "key_" + String.format("%032x", number);
    }

    private static String sessionId(int number) {
        return SessionId.PREFIX + String.format("%032x", number);
    }

    private static String messageId(long number) {
        return "msg_" + String.format("%032x", number);
    }

    private static String at(long secondsAfterStart) {
        return START.plusSeconds(secondsAfterStart).toString();
    }
}
