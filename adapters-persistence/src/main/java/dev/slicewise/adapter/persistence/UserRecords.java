package dev.slicewise.adapter.persistence;

import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.user.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the tables of records kept per user (turn records, plate analysis records) share: an optional
 * {@code chat_id} column, and reading one user's rows with a query that takes the user as its only parameter.
 */
final class UserRecords {

    /** Reads one record from the current row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private UserRecords() {
    }

    static void setChatId(PreparedStatement statement, int index, Optional<ChatId> chatId) throws SQLException {
        if (chatId.isPresent()) {
            statement.setLong(index, chatId.get().value());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    static Optional<ChatId> chatId(ResultSet row) throws SQLException {
        long chatId = row.getLong("chat_id");
        return row.wasNull() ? Optional.empty() : Optional.of(new ChatId(chatId));
    }

    static <T> List<T> ofUser(JdbcOperations jdbc, String query, UserId user, RowReader<T> reader) {
        return jdbc.prepareStatement(query, statement -> {
            statement.setString(1, user.value());
            try (ResultSet row = statement.executeQuery()) {
                List<T> records = new ArrayList<>();
                while (row.next()) {
                    records.add(reader.read(row));
                }
                return List.copyOf(records);
            }
        });
    }
}
