package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.user.ElegooUserId;
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
import java.util.Optional;

/** Chats in the {@code chat} table; the database's identity column gives the ids. */
@Singleton
@Connectable
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcChatRepository implements ChatRepository {

    private static final String COLUMNS = """
            elegoo_user_id, messages_json, machine_name, filament_name, print_process_name, slicing_settings_json,
            user_feedback, user_feedback_text, created_at, updated_at""";
    private static final String INSERT = "INSERT INTO chat (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT id, " + COLUMNS + " FROM chat WHERE id = ?";
    private static final String FIND_BY_OWNER =
            "SELECT id, " + COLUMNS + " FROM chat WHERE elegoo_user_id = ? ORDER BY created_at DESC, id DESC";

    private final JdbcOperations jdbc;

    public JdbcChatRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Chat create(ElegooUserId owner, ChatDetails details, Instant now) {
        Instant createdAt = Timestamps.storable(now);
        long id = jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
                insert.setString(1, owner.value());
                insert.setString(2, details.messagesJson());
                insert.setString(3, details.machineName().orElse(null));
                insert.setString(4, details.filamentName().orElse(null));
                insert.setString(5, details.printProcessName().orElse(null));
                insert.setString(6, details.slicingSettingsJson().orElse(null));
                insert.setString(7, details.userFeedback().orElse(null));
                insert.setString(8, details.userFeedbackText().orElse(null));
                Timestamps.set(insert, 9, createdAt);
                Timestamps.set(insert, 10, createdAt);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Chat(new ChatId(id), owner, details, createdAt, createdAt);
    }

    @Override
    public Optional<Chat> find(ChatId id) {
        return jdbc.prepareStatement(FIND, statement -> {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(chat(row)) : Optional.empty();
            }
        });
    }

    @Override
    public List<Chat> findByOwner(ElegooUserId owner) {
        return jdbc.prepareStatement(FIND_BY_OWNER, statement -> {
            statement.setString(1, owner.value());
            try (ResultSet row = statement.executeQuery()) {
                List<Chat> chats = new ArrayList<>();
                while (row.next()) {
                    chats.add(chat(row));
                }
                return List.copyOf(chats);
            }
        });
    }

    private static Chat chat(ResultSet row) throws SQLException {
        ChatDetails details = new ChatDetails(
                row.getString("messages_json"),
                Optional.ofNullable(row.getString("machine_name")),
                Optional.ofNullable(row.getString("filament_name")),
                Optional.ofNullable(row.getString("print_process_name")),
                Optional.ofNullable(row.getString("slicing_settings_json")),
                Optional.ofNullable(row.getString("user_feedback")),
                Optional.ofNullable(row.getString("user_feedback_text")));
        return new Chat(new ChatId(row.getLong("id")), new ElegooUserId(row.getString("elegoo_user_id")), details,
                Timestamps.get(row, "created_at"), Timestamps.get(row, "updated_at"));
    }
}
