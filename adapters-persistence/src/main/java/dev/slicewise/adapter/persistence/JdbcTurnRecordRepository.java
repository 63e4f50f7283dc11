package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turn records in the {@code turn_record} table. The actions are kept as comma-separated wire names and the latencies
 * in milliseconds; the provenance in its own columns (V3), what was said and where in
 * others (V13). The request id is unique (V6): a request that ran again
 * after a failure keeps the record of its first attempt.
 */
@Singleton
@Connectable
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcTurnRecordRepository implements TurnRecordRepository {

    private static final String LATENCY = "assistant_latency_millis";
    private static final String COLUMNS =
            "request_id, elegoo_user_id, chat_id, workflow, intent, actions, charged, latency_millis, language, answered_at, "
                    + ProvenanceColumns.names(LATENCY) + ", " + ExchangeColumns.NAMES;
    private static final String INSERT = "INSERT INTO turn_record (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String FIND_BY_USER =
            "SELECT " + COLUMNS + " FROM turn_record WHERE elegoo_user_id = ? ORDER BY answered_at, id";
    private static final String ACTION_SEPARATOR = ",";

    private final JdbcOperations jdbc;

    public JdbcTurnRecordRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(TurnRecord record) {
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, record.requestId());
            statement.setString(2, record.user().value());
            UserRecords.setChatId(statement, 3, record.chatId());
            statement.setString(4, record.workflow().name());
            statement.setString(5, record.intent().name());
            statement.setString(6, record.actions().stream().map(ActionName::wireName)
                    .collect(Collectors.joining(ACTION_SEPARATOR)));
            statement.setLong(7, record.charged().amount());
            statement.setLong(8, record.latency().toMillis());
            statement.setString(9, record.language().name());
            Timestamps.set(statement, 10, record.answeredAt());
            ProvenanceColumns.set(statement, 11, record.provenance());
            ExchangeColumns.set(statement, 17, record.exchange());
            return statement.executeUpdate();
        });
    }

    @Override
    public List<TurnRecord> findByUser(UserId user) {
        return UserRecords.ofUser(jdbc, FIND_BY_USER, user, JdbcTurnRecordRepository::turnRecord);
    }

    private static TurnRecord turnRecord(ResultSet row) throws SQLException {
        return new TurnRecord(
                row.getString("request_id"),
                new UserId(row.getString("elegoo_user_id")),
                UserRecords.chatId(row),
                Workflow.valueOf(row.getString("workflow")),
                Intent.valueOf(row.getString("intent")),
                actions(row.getString("actions")),
                new Credits(row.getLong("charged")),
                Duration.ofMillis(row.getLong("latency_millis")),
                Language.valueOf(row.getString("language")),
                Timestamps.get(row, "answered_at"),
                ProvenanceColumns.get(row, LATENCY),
                ExchangeColumns.get(row));
    }

    private static List<ActionName> actions(String wireNames) {
        if (wireNames.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(wireNames.split(ACTION_SEPARATOR)).map(JdbcTurnRecordRepository::action).toList();
    }

    private static ActionName action(String wireName) {
        return Arrays.stream(ActionName.values())
                .filter(action -> action.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("turn_record holds an unknown action: " + wireName));
    }
}
