package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.domain.record.RecordFeedback;
import dev.slicewise.domain.record.RecordRow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of an exported record, in order: the fields of {@code GET /api/v1/records}, the feedback in two columns
 * (its rating and its text). Each column is text, a number or an instant (to the second), and the formats write
 * each as such. Text that a spreadsheet would take for a formula (starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, as OWASP lists them) is written with a {@code '} before it, in both formats.
 */
enum RecordColumns {
    ID("id", 38, Kind.TEXT, RecordRow::id),
    CREATED_AT("created_at", 20, Kind.INSTANT, RecordRow::createdAt),
    API("api", 9, Kind.TEXT, row -> row.api().wireName()),
    USER("user", 24, Kind.TEXT, row -> row.user().orElse("")),
    SESSION_ID("session_id", 38, Kind.TEXT, row -> row.sessionId().orElse("")),
    USER_MESSAGE("user_message", 60, Kind.TEXT, RecordRow::userMessage),
    BOT_MESSAGE("bot_message", 80, Kind.TEXT, RecordRow::botMessage),
    INTENT("intent", 26, Kind.TEXT, RecordRow::intent),
    SOURCE("source", 13, Kind.TEXT, RecordRow::source),
    MODEL_USED("model_used", 20, Kind.TEXT, RecordRow::modelUsed),
    TOKENS_USED("tokens_used", 12, Kind.NUMBER, RecordRow::tokensUsed),
    CREDITS("credits", 9, Kind.NUMBER, RecordRow::credits),
    LATENCY_MS("latency_ms", 11, Kind.NUMBER, RecordRow::latencyMs),
    LANGUAGE("language", 9, Kind.TEXT, row -> row.language().tag()),
    FEEDBACK_RATING("feedback_rating", 15, Kind.TEXT,
            row -> row.feedback().flatMap(RecordFeedback::rating).orElse("")),
    FEEDBACK_CONTENT("feedback_content", 40, Kind.TEXT,
            row -> row.feedback().flatMap(RecordFeedback::content).orElse(""));

    /** What a column holds. */
    enum Kind { TEXT, NUMBER, INSTANT }

    static final List<RecordColumns> ALL = List.of(values());

    private final String header;
    private final int width;
    private final Kind kind;
    private final Function<RecordRow, Object> value;

    RecordColumns(String header, int width, Kind kind, Function<RecordRow, Object> value) {
        this.header = header;
        this.width = width;
        this.kind = kind;
        this.value = value;
    }

    String header() {
        return header;
    }

    /** A sensible width, in characters. */
    int width() {
        return width;
    }

    Kind kind() {
        return kind;
    }

    /** The cell's text, neutralised; for a text column only. */
    String text(RecordRow row) {
        return neutralised((String) value.apply(row));
    }

    long number(RecordRow row) {
        return (Long) value.apply(row);
    }

    /** The instant to the second, as the native API writes times. */
    Instant instant(RecordRow row) {
        return ((Instant) value.apply(row)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The text with a {@code '} before it when a spreadsheet would read it as a formula. */
    static String neutralised(String text) {
        return Optional.of(text).filter(t -> !t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0)
                .map(t -> "'" + t).orElse(text);
    }
}
