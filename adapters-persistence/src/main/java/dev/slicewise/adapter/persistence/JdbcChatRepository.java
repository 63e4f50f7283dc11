package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.chat.ChatPage;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Chats in the {@code chat} table; the database's identity column gives the ids. The index on (owner, created_at, id)
 * serves the count of an owner's chats and every page of them. A created chat is durable before its id is returned
 * ({@link DurableCommits}): the client goes on with that id.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcChatRepository implements ChatRepository {

    private static final List<String> COLUMNS = List.of("elegoo_user_id", "messages_json", "machine_name",
            "filament_name", "print_process_name", "slicing_settings_json", "user_feedback", "user_feedback_text",
            "created_at", "updated_at");
    private static final String INSERT_WITHIN_LIMIT = "INSERT INTO chat (" + String.join(", ", COLUMNS) + ") SELECT "
            + String.join(", ", Collections.nCopies(COLUMNS.size(), "?"))
            + " WHERE (SELECT COUNT(*) FROM chat WHERE elegoo_user_id = ?) < ?";
    private static final String SELECTED = "c.id, c." + String.join(", c.", COLUMNS);
    private static final String FIND = "SELECT " + SELECTED + " FROM chat c WHERE c.id = ?";
    private static final String NEWEST = "SELECT " + SELECTED + " FROM chat c WHERE c.elegoo_user_id = ?"
            + " ORDER BY c.created_at DESC, c.id DESC LIMIT ?";
    private static final String OLDER_THAN = "SELECT " + SELECTED + " FROM chat c JOIN chat last"
            + " ON last.id = ? AND last.elegoo_user_id = ? AND c.elegoo_user_id = last.elegoo_user_id"
            + " AND (c.created_at, c.id) < (last.created_at, last.id)"
            + " ORDER BY c.created_at DESC, c.id DESC LIMIT ?";

    private final JdbcOperations jdbc;
    private final DurableCommits durable;

    public JdbcChatRepository(JdbcOperations jdbc, DurableCommits durable) {
        this.jdbc = jdbc;
        this.durable = durable;
    }

    @Override
    public Optional<Chat> create(UserId owner, ChatDetails details, Instant now, int maxChatsOfOwner) {
        Instant createdAt = Timestamps.storable(now);
        OptionalLong id = durable.write(() -> jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_WITHIN_LIMIT, new String[] {"id"})) {
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
                insert.setString(11, owner.value());
                insert.setInt(12, maxChatsOfOwner);
                if (insert.executeUpdate() == 0) {
                    return OptionalLong.empty();
                }
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return OptionalLong.of(keys.getLong(1));
                }
            }
        }));
        return id.isPresent()
                ? Optional.of(new Chat(new ChatId(id.getAsLong()), owner, details, createdAt, createdAt))
                : Optional.empty();
    }

    @Override
    @Connectable
    public Optional<Chat> find(ChatId id) {
        return jdbc.prepareStatement(FIND, statement -> {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(chat(row)) : Optional.empty();
            }
        });
    }

    @Override
    @Connectable
    public List<Chat> findByOwner(UserId owner, ChatPage page) {
        return jdbc.prepareStatement(page.before().isPresent() ? OLDER_THAN : NEWEST, statement -> {
            int next = 1;
            if (page.before().isPresent()) {
                statement.setLong(next++, page.before().get().value());
            }
            statement.setString(next++, owner.value());
            statement.setInt(next, page.limit());
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
        return new Chat(new ChatId(row.getLong("id")), new UserId(row.getString("elegoo_user_id")), details,
                Timestamps.get(row, "created_at"), Timestamps.get(row, "updated_at"));
    }
}
