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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The operator's records from the {@code operator_record} view (V13: turn and plate analysis records as one list, with
 * the feedback joined), filtered, counted, paged and summed by the database. A period is a range of the indexed
 * answer times; a text filter is a case-insensitive {@code LIKE} with the filter's own {@code %} and {@code _} escaped.
 * The export reads {@value #BATCH} rows at a time, each batch starting after the last one's position in the order
 * (keyset pagination): a query with a limit lets PostgreSQL merge the two tables' index scans in time order, so the
 * first rows come at once, where one query for all would sort them all first; no transaction stays open for the
 * length of the export.
 */
@Singleton
@Connectable
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcOperatorRecords implements OperatorRecords {

    static final int BATCH = 1_000;

    private static final String COLUMNS = "id, created_at, api, key_id, user_name, session_id, user_message, "
            + "bot_message, intent, source, model_used, prompt_tokens, completion_tokens, credits, latency_ms, "
            + "language, fell_back, feedback_rating, feedback_content";
    private static final String WHERE = " FROM operator_record WHERE created_at >= ? AND created_at < ?";
    private static final String USER_MESSAGE = " AND LOWER(user_message) LIKE ? ESCAPE '\\'";
    private static final String BOT_MESSAGE = " AND LOWER(bot_message) LIKE ? ESCAPE '\\'";
    private static final String OLDEST_FIRST = " ORDER BY created_at, kind, seq";
    /** After a position, in a form whose first condition bounds the index scan of each table. */
    private static final String AFTER = " AND created_at >= ? AND (created_at > ? OR (created_at = ? AND (kind > ? "
            + "OR (kind = ? AND seq > ?))))";
    private static final String NEWEST_FIRST = " ORDER BY created_at DESC, kind DESC, seq DESC";

    private final JdbcOperations jdbc;

    public JdbcOperatorRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordPage page(RecordFilter filter, PageRequest page) {
        long count = jdbc.prepareStatement("SELECT COUNT(*)" + WHERE + texts(filter), statement -> {
            bind(statement, filter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        List<RecordRow> results = jdbc.prepareStatement("SELECT " + COLUMNS + WHERE + texts(filter) + NEWEST_FIRST
                + " LIMIT ? OFFSET ?", statement -> {
            int next = bind(statement, filter);
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
    public void export(RecordFilter filter, Consumer<RecordRow> each) {
        Optional<Position> after = Optional.empty();
        while (true) {
            List<Positioned> batch = batch(filter, after);
            batch.forEach(positioned -> each.accept(positioned.row()));
            if (batch.size() < BATCH) {
                return;
            }
            after = Optional.of(batch.getLast().position());
        }
    }

    /** Where a record stands in the oldest-first order. */
    private record Position(Instant createdAt, int kind, long seq) {
    }

    private record Positioned(RecordRow row, Position position) {
    }

    /** The next {@value #BATCH} records the filter admits, oldest first, after {@code after} when given. */
    private List<Positioned> batch(RecordFilter filter, Optional<Position> after) {
        String query = "SELECT kind, seq, " + COLUMNS + WHERE + texts(filter) + after.map(position -> AFTER).orElse("")
                + OLDEST_FIRST + " LIMIT " + BATCH;
        return jdbc.prepareStatement(query, statement -> {
            int next = bind(statement, filter);
            if (after.isPresent()) {
                Position position = after.get();
                Timestamps.set(statement, next, position.createdAt());
                Timestamps.set(statement, next + 1, position.createdAt());
                Timestamps.set(statement, next + 2, position.createdAt());
                statement.setInt(next + 3, position.kind());
                statement.setInt(next + 4, position.kind());
                statement.setLong(next + 5, position.seq());
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Positioned> read = new ArrayList<>(BATCH);
                while (rows.next()) {
                    RecordRow row = row(rows);
                    read.add(new Positioned(row, new Position(row.createdAt(), rows.getInt("kind"),
                            rows.getLong("seq"))));
                }
                return read;
            }
        });
    }

    @Override
    public List<Usage> usage(RecordPeriod period, UsageGroup group) {
        String grouped = switch (group) {
            case DAY -> "CAST(CAST(created_at AT TIME ZONE 'UTC' AS DATE) AS VARCHAR(10))";
            case KEY -> "key_id";
            case USER -> "user_name";
            case MODEL -> "model_used";
        };
        String query = "SELECT " + grouped + " AS grp, COUNT(*) AS messages, SUM(prompt_tokens) AS prompt_tokens, "
                + "SUM(completion_tokens) AS completion_tokens, SUM(credits) AS credits, "
                + "SUM(CASE WHEN fell_back AND source = 'intent_model' THEN 1 ELSE 0 END) AS fallbacks, "
                + "SUM(CASE WHEN fell_back THEN 1 ELSE 0 END) AS errors"
                + WHERE + " GROUP BY " + grouped + " ORDER BY grp NULLS LAST";
        return jdbc.prepareStatement(query, statement -> {
            Timestamps.set(statement, 1, period.from());
            Timestamps.set(statement, 2, period.until());
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

    private static String texts(RecordFilter filter) {
        return (filter.userMessage().isPresent() ? USER_MESSAGE : "")
                + (filter.botMessage().isPresent() ? BOT_MESSAGE : "");
    }

    /** Binds the period and the texts given; the index of the next parameter. */
    private static int bind(PreparedStatement statement, RecordFilter filter) throws SQLException {
        Timestamps.set(statement, 1, filter.period().from());
        Timestamps.set(statement, 2, filter.period().until());
        int next = 3;
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
