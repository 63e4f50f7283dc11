package dev.slicewise.adapter.persistence;

import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.turn.Api;
import dev.slicewise.domain.turn.Exchange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * What was said and where, in the columns that turn records and plate analysis records share (V13): {@code api},
 * {@code end_user}, {@code session_id}, {@code answer_id}, {@code user_message} and {@code bot_message}, in that order.
 */
final class ExchangeColumns {

    static final String NAMES = "api, end_user, session_id, answer_id, user_message, bot_message";

    private ExchangeColumns() {
    }

    /** Sets the six parameters from {@code first} on. */
    static void set(PreparedStatement statement, int first, Exchange exchange) throws SQLException {
        statement.setString(first, exchange.api().wireName());
        setOptional(statement, first + 1, exchange.endUser());
        setOptional(statement, first + 2, exchange.sessionId().map(SessionId::value));
        setOptional(statement, first + 3, exchange.answerId().map(MessageId::value));
        statement.setString(first + 4, exchange.userMessage());
        statement.setString(first + 5, exchange.botMessage());
    }

    static Exchange get(ResultSet row) throws SQLException {
        return new Exchange(api(row.getString("api")), Optional.ofNullable(row.getString("end_user")),
                Optional.ofNullable(row.getString("session_id")).map(SessionId::new),
                Optional.ofNullable(row.getString("answer_id")).map(MessageId::new),
                row.getString("user_message"), row.getString("bot_message"));
    }

    static Api api(String wireName) {
        for (Api api : Api.values()) {
            if (api.wireName().equals(wireName)) {
                return api;
            }
        }
        throw new IllegalStateException("a record holds an unknown api: " + wireName);
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
