package dev.slicewise.adapter.persistence;

import dev.slicewise.domain.assistant.Provenance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Who answered, in the columns that turn records (V3) and plate analysis records (V5) share: {@code provider},
 * {@code model}, {@code prompt_tokens}, {@code completion_tokens}, a latency in milliseconds (named per table: the
 * assistant's or the analyser's) and {@code fell_back}, in that order.
 */
final class ProvenanceColumns {

    private static final String NAMES = "provider, model, prompt_tokens, completion_tokens, %s, fell_back";

    private ProvenanceColumns() {
    }

    /** The column names, with the table's name for the latency column. */
    static String names(String latencyColumn) {
        return NAMES.formatted(latencyColumn);
    }

    /** Sets the six parameters from {@code first} on. */
    static void set(PreparedStatement statement, int first, Provenance provenance) throws SQLException {
        statement.setString(first, provenance.provider());
        statement.setString(first + 1, provenance.model());
        statement.setLong(first + 2, provenance.promptTokens());
        statement.setLong(first + 3, provenance.completionTokens());
        statement.setLong(first + 4, provenance.latency().toMillis());
        statement.setBoolean(first + 5, provenance.fellBack());
    }

    static Provenance get(ResultSet row, String latencyColumn) throws SQLException {
        return new Provenance(row.getString("provider"), row.getString("model"), row.getLong("prompt_tokens"),
                row.getLong("completion_tokens"), Duration.ofMillis(row.getLong(latencyColumn)),
                row.getBoolean("fell_back"));
    }
}
