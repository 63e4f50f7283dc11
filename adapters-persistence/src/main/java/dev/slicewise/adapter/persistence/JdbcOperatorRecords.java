package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.OperatorRecords;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.record.PageRequest;
import dev.slicewise.domain.record.RecordFeedback;
import dev.slicewise.domain.record.RecordFilter;
import dev.slicewise.domain.record.RecordPage;
import dev.slicewise.domain.record.RecordPeriod;
import dev.slicewise.domain.record.RecordRow;
import dev.slicewise.domain.record.Usage;
import dev.slicewise.domain.record.UsageGroup;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The operator's records from the {@code turn_record} and {@code plate_analysis_record} tables (V13), each read in the
 * records' fields with the feedback joined as it is now (a native answer's in {@code session_message}; the partner
 * chat's, since the partner API rates the chat): filtered by the indexed answer time and by text (a case-insensitive
 * {@code LIKE}, the filter's own {@code %} and {@code _} escaped), counted, paged and summed by the database. A page
 * and the sums read both tables as one {@code UNION ALL}. The export reads each table {@value #BATCH} rows at a time
 * after the last one read (keyset pagination, in the order of the index on the answer time and id, which a query with
 * a limit follows without sorting) and merges the two in time order here: the first rows come at once, where one
 * query over both would sort them all first, and no transaction stays open for the length of the export.
 */
@Singleton
@Connectable
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcOperatorRecords implements OperatorRecords {

    static final int BATCH = 1_000;

    private static final String USER_MESSAGE = " AND LOWER(x.user_message) LIKE ? ESCAPE '\\'";
    private static final String BOT_MESSAGE = " AND LOWER(x.bot_message) LIKE ? ESCAPE '\\'";
    /** After a position: its first condition bounds the index scan. */
    private static final String AFTER = " AND x.answered_at >= ? AND (x.answered_at > ? OR (x.answered_at = ? AND "
            + "x.id > ?))";
    private static final Comparator<Positioned> OLDEST_FIRST = Comparator
            .comparing((Positioned positioned) -> positioned.row().createdAt())
            .thenComparing(Positioned::kind).thenComparingLong(Positioned::seq);

    /** The two tables, in the order of a tie: a turn before a plate analysis of the same instant. */
    private enum Kind {
        TURN("turn_record", "turn_", "LOWER(x.intent)"),
        PLATE("plate_analysis_record", "plate_", "'" + RecordRow.PLATE_ANALYSIS + "'");

        private final String table;
        private final String prefix;
        private final String intent;

        Kind(String table, String prefix, String intent) {
            this.table = table;
            this.prefix = prefix;
            this.intent = intent;
        }

        /** The table's records in the records' fields, with the feedback joined, as {@code x}. */
        String select() {
            return "SELECT " + ordinal() + " AS kind, x.id AS seq, "
                    + "'" + prefix + "' || CAST(x.id AS VARCHAR(20)) AS id, x.answered_at AS created_at, x.api, "
                    + "CASE WHEN x.api = 'native' THEN x.elegoo_user_id END AS key_id, "
                    + "CASE WHEN x.api = 'partner' THEN x.elegoo_user_id ELSE x.end_user END AS user_name, "
                    + "CASE WHEN x.api = 'partner' THEN CAST(x.chat_id AS VARCHAR(20)) ELSE x.session_id END "
                    + "AS session_id, x.user_message, x.bot_message, " + intent + " AS intent, "
                    + "CASE WHEN x.provider = 'embedded' THEN 'intent_model' ELSE 'llm' END AS source, "
                    + "x.model AS model_used, x.prompt_tokens, x.completion_tokens, x.charged AS credits, "
                    + "x.latency_millis AS latency_ms, x.language, x.fell_back, "
                    + "CASE WHEN x.api = 'partner' THEN c.user_feedback ELSE LOWER(m.feedback_rating) END "
                    + "AS feedback_rating, "
                    + "CASE WHEN x.api = 'partner' THEN c.user_feedback_text ELSE m.feedback_comment END "
                    + "AS feedback_content "
                    + "FROM " + table + " x LEFT JOIN session_message m ON m.id = x.answer_id "
                    + "LEFT JOIN chat c ON c.id = x.chat_id";
        }
    }

    private final JdbcOperations jdbc;

    public JdbcOperatorRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordPage page(RecordFilter filter, PageRequest page) {
        long count = count(filter);
        List<RecordRow> results = jdbc.prepareStatement("SELECT * FROM (" + both(filter) + ") r"
                + " ORDER BY created_at DESC, kind DESC, seq DESC LIMIT ? OFFSET ?", statement -> {
            int next = bindBoth(statement, filter);
            statement.setInt(next, page.size());
            statement.setLong(next + 1, page.offset());
            try (ResultSet rows = statement.executeQuery()) {
                List<RecordRow> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(row(rows));
                }
                return read;
            }
        });
        return new RecordPage(count, results);
    }

    @Override
    public long count(RecordFilter filter) {
        return jdbc.prepareStatement("SELECT (SELECT COUNT(*) FROM turn_record x" + where(filter)
                + ") + (SELECT COUNT(*) FROM plate_analysis_record x" + where(filter) + ")", statement -> {
            bindBoth(statement, filter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public void export(RecordFilter filter, Consumer<RecordRow> each) {
        Batches turns = new Batches(Kind.TURN, filter);
        Batches plates = new Batches(Kind.PLATE, filter);
        while (true) {
            Optional<Positioned> turn = turns.peek();
            Optional<Positioned> plate = plates.peek();
            if (turn.isEmpty() && plate.isEmpty()) {
                return;
            }
            boolean turnFirst = plate.isEmpty() || turn.isPresent()
                    && OLDEST_FIRST.compare(turn.get(), plate.get()) < 0;
            each.accept((turnFirst ? turns : plates).next().row());
        }
    }

    @Override
    public List<Usage> usage(RecordPeriod period, UsageGroup group) {
        String grouped = switch (group) {
            case DAY -> "CAST(CAST(created_at AT TIME ZONE 'UTC' AS DATE) AS VARCHAR(10))";
            case KEY -> "key_id";
            case USER -> "user_name";
            case MODEL -> "model_used";
        };
        RecordFilter all = new RecordFilter(period, Optional.empty(), Optional.empty());
        String query = "SELECT " + grouped + " AS grp, COUNT(*) AS messages, SUM(prompt_tokens) AS prompt_tokens, "
                + "SUM(completion_tokens) AS completion_tokens, SUM(credits) AS credits, "
                + "SUM(CASE WHEN fell_back AND source = 'intent_model' THEN 1 ELSE 0 END) AS fallbacks, "
                + "SUM(CASE WHEN fell_back THEN 1 ELSE 0 END) AS errors "
                + "FROM (" + both(all) + ") r GROUP BY " + grouped + " ORDER BY grp NULLS LAST";
        return jdbc.prepareStatement(query, statement -> {
            bindBoth(statement, all);
            try (ResultSet rows = statement.executeQuery()) {
                List<Usage> sums = new ArrayList<>();
                while (rows.next()) {
                    sums.add(new Usage(Optional.ofNullable(rows.getString("grp")), rows.getLong("messages"),
                            rows.getLong("prompt_tokens"), rows.getLong("completion_tokens"),
                            rows.getLong("credits"), rows.getLong("fallbacks"), rows.getLong("errors")));
                }
                return sums;
            }
        });
    }

    /** Where a record stands in the oldest-first order: its time, its table, its number in the table. */
    private record Positioned(RecordRow row, Kind kind, long seq) {
    }

    /** One table's records for the export, read a batch at a time after the last one read. */
    private final class Batches {

        private final Kind kind;
        private final RecordFilter filter;
        private final Deque<Positioned> read = new ArrayDeque<>();
        private Positioned last;
        private boolean exhausted;

        Batches(Kind kind, RecordFilter filter) {
            this.kind = kind;
            this.filter = filter;
        }

        Optional<Positioned> peek() {
            if (read.isEmpty() && !exhausted) {
                fetch();
            }
            return Optional.ofNullable(read.peekFirst());
        }

        Positioned next() {
            return read.removeFirst();
        }

        private void fetch() {
            String query = kind.select() + where(filter) + (last == null ? "" : AFTER)
                    + " ORDER BY x.answered_at, x.id LIMIT " + BATCH;
            List<Positioned> batch = jdbc.prepareStatement(query, statement -> {
                int next = bind(statement, 1, filter);
                if (last != null) {
                    Timestamps.set(statement, next, last.row().createdAt());
                    Timestamps.set(statement, next + 1, last.row().createdAt());
                    Timestamps.set(statement, next + 2, last.row().createdAt());
                    statement.setLong(next + 3, last.seq());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<Positioned> rowsRead = new ArrayList<>(BATCH);
                    while (rows.next()) {
                        rowsRead.add(new Positioned(row(rows), kind, rows.getLong("seq")));
                    }
                    return rowsRead;
                }
            });
            read.addAll(batch);
            exhausted = batch.size() < BATCH;
            if (!batch.isEmpty()) {
                last = batch.getLast();
            }
        }
    }

    /** Both tables' records as one {@code UNION ALL}, each filtered on its own columns. */
    private static String both(RecordFilter filter) {
        return Kind.TURN.select() + where(filter) + " UNION ALL " + Kind.PLATE.select() + where(filter);
    }

    private static String where(RecordFilter filter) {
        return " WHERE x.answered_at >= ? AND x.answered_at < ?"
                + (filter.userMessage().isPresent() ? USER_MESSAGE : "")
                + (filter.botMessage().isPresent() ? BOT_MESSAGE : "");
    }

    private static int bindBoth(PreparedStatement statement, RecordFilter filter) throws SQLException {
        return bind(statement, bind(statement, 1, filter), filter);
    }

    /** Binds the period and the texts given from {@code first} on; the index of the next parameter. */
    private static int bind(PreparedStatement statement, int first, RecordFilter filter) throws SQLException {
        Timestamps.set(statement, first, filter.period().from());
        Timestamps.set(statement, first + 1, filter.period().until());
        int next = first + 2;
        for (Optional<String> text : List.of(filter.userMessage(), filter.botMessage())) {
            if (text.isPresent()) {
                statement.setString(next++, "%" + escaped(text.get().toLowerCase(Locale.ROOT)) + "%");
            }
        }
        return next;
    }

    /** The text as a {@code LIKE} pattern that matches it literally. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static RecordRow row(ResultSet row) throws SQLException {
        Optional<String> rating = Optional.ofNullable(row.getString("feedback_rating"));
        Optional<String> content = Optional.ofNullable(row.getString("feedback_content"));
        return new RecordRow(row.getString("id"), Timestamps.get(row, "created_at"),
                ExchangeColumns.api(row.getString("api")), Optional.ofNullable(row.getString("key_id")),
                Optional.ofNullable(row.getString("user_name")), Optional.ofNullable(row.getString("session_id")),
                row.getString("user_message"), row.getString("bot_message"), row.getString("intent"),
                row.getString("source"), row.getString("model_used"), row.getLong("prompt_tokens"),
                row.getLong("completion_tokens"), row.getLong("credits"), row.getLong("latency_ms"),
                Language.valueOf(row.getString("language")), row.getBoolean("fell_back"),
                rating.isPresent() || content.isPresent() ? Optional.of(new RecordFeedback(rating, content))
                        : Optional.empty());
    }
}
