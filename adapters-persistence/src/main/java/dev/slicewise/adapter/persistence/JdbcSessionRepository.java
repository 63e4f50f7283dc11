package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.LengthUnit;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.cad.PartDesign;
import dev.slicewise.domain.cad.PartFamily;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.HistoryPage;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.MessagePage;
import dev.slicewise.domain.session.Rating;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionCursor;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionPage;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.session.SessionSummary;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Sessions in the {@code chat_session} table and their messages in {@code session_message} (V10; the code of a designed
 * part and the part itself since V14), ordered by the
 * {@code seq} identity column since their ids are random. A session row keeps its message count and the id of its
 * newest message, brought up to date by every write that adds or removes messages, so that a page of the list reads no
 * messages. Every statement names the owner: another owner's row is not found, changed or deleted. Every write is
 * durable before it returns ({@link DurableCommits}); a turn and the clearing of a history are one transaction each.
 *
 * <p>A keyword search (case-insensitive substring, {@code %} and {@code _} taken literally) first looks through the
 * next {@value #SEARCH_WINDOW} sessions of the list one by one, stopping at the page's last match: a common word fills
 * the page there, and a word that filled part of it goes on to the next window while the rate of its matches says the
 * page fills soon. Otherwise a keyword with three letters or digits in a row asks the owner's trigram indexes of
 * PostgreSQL (V11) for the sessions whose title or messages contain it, which finds a rare word among a million
 * messages in milliseconds; a shorter keyword gives no trigram, so it is looked for window after window until the page
 * is full or the list ends (docs/adr/0013-session-search-index.md). H2 has no trigram index and scans in both cases.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcSessionRepository implements SessionRepository {

    /** The sessions a keyword search looks into one by one at a time, in one statement. */
    private static final int SEARCH_WINDOW = 100;
    /**
     * How many more sessions a search looks into one by one when the matches so far say the page fills within them;
     * past that, the trigram indexes are cheaper.
     */
    private static final int SCAN_AHEAD = 400;
    /** The shortest run of letters or digits from which pg_trgm takes a trigram. */
    private static final int TRIGRAM = 3;

    private static final List<String> MESSAGE_FIELDS = List.of("id", "session_id", "role", "content", "actions",
            "feedback_rating", "feedback_comment", "feedback_at", "created_at", "code", "code_language", "part");
    private static final String SESSION_COLUMNS =
            "s.id, s.owner_id, s.title, s.context, s.created_at, s.updated_at, s.message_count";
    private static final String SUMMARY = "SELECT " + SESSION_COLUMNS + ", " + messageColumns("l")
            + " FROM chat_session s LEFT JOIN session_message l ON l.id = s.last_message_id";
    private static final String LIST_ORDER = " ORDER BY s.updated_at DESC, s.id DESC";
    private static final String AFTER_CURSOR = " AND (s.updated_at, s.id) < (?, ?)";
    private static final String CONTAINS = " ILIKE ? ESCAPE '\\'";
    private static final String TITLE_OR_MESSAGE_MATCHES = "(s.title" + CONTAINS + " OR EXISTS (SELECT 1 FROM"
            + " session_message m WHERE m.session_id = s.id AND m.content" + CONTAINS + "))";

    private static final String INSERT_SESSION = """
            INSERT INTO chat_session
                (id, owner_id, title, context, created_at, updated_at, message_count, last_message_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_MESSAGE = "INSERT INTO session_message (" + String.join(", ", MESSAGE_FIELDS)
            + ", owner_id) VALUES (" + String.join(", ", Collections.nCopies(MESSAGE_FIELDS.size() + 1, "?")) + ")";
    private static final String FIND = SUMMARY + " WHERE s.id = ? AND s.owner_id = ?";
    private static final String PAGE = SUMMARY + " WHERE s.owner_id = ?";
    private static final String RETITLE =
            "UPDATE chat_session SET title = ?, updated_at = ? WHERE id = ? AND owner_id = ?";
    private static final String DELETE = "DELETE FROM chat_session WHERE id = ? AND owner_id = ?";
    private static final String ADD_TURN = """
            UPDATE chat_session SET updated_at = ?, context = ?, message_count = message_count + 2, last_message_id = ?
            WHERE id = ? AND owner_id = ?""";
    private static final String EMPTY_SESSION = """
            UPDATE chat_session SET updated_at = ?, message_count = 0, last_message_id = NULL
            WHERE id = ? AND owner_id = ?""";
    private static final String DELETE_MESSAGES = "DELETE FROM session_message WHERE session_id = ? AND owner_id = ?";
    private static final String DELETE_TURN = """
            DELETE FROM session_message WHERE id IN (?, ?) AND session_id = ? AND owner_id = ?""";
    private static final String TURN_TAKEN_BACK = """
            UPDATE chat_session SET message_count = message_count - ?, last_message_id = (SELECT m.id
            FROM session_message m WHERE m.session_id = chat_session.id ORDER BY m.seq DESC LIMIT 1)
            WHERE id = ? AND owner_id = ?""";
    /** One statement, so that the total and the page come from one snapshot. */
    private static final String HISTORY = "SELECT s.message_count, " + messageColumns("m") + " FROM chat_session s"
            + " LEFT JOIN session_message m ON m.session_id = s.id AND m.seq IN (SELECT p.seq FROM session_message p"
            + " WHERE p.session_id = ? ORDER BY p.seq LIMIT ? OFFSET ?)"
            + " WHERE s.id = ? AND s.owner_id = ? ORDER BY m.seq";
    private static final String BEFORE_BOUND = "SELECT b.seq FROM chat_session s"
            + " LEFT JOIN session_message b ON b.id = ? AND b.session_id = s.id WHERE s.id = ? AND s.owner_id = ?";
    private static final String NEWEST_MESSAGES = "SELECT " + messageColumns("m") + " FROM session_message m"
            + " WHERE m.session_id = ? AND m.owner_id = ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?";
    private static final String MESSAGE =
            "SELECT " + messageColumns("m") + " FROM session_message m WHERE m.id = ? AND m.owner_id = ?";
    private static final String GIVE_FEEDBACK = """
            UPDATE session_message SET feedback_rating = ?, feedback_comment = ?, feedback_at = ?
            WHERE id = ? AND owner_id = ? AND role = 'ASSISTANT'""";
    /** Where the next window of the list ends: its last session, none when the list ends sooner. */
    private static final String WINDOW_END =
            "SELECT s.id, s.updated_at FROM chat_session s WHERE s.owner_id = ?%s" + LIST_ORDER + " LIMIT 1 OFFSET ?";
    /**
     * The matching sessions of the next window, session after session in the list's order: the window bounds the
     * work, and the first matches end it.
     */
    private static final String WINDOW_MATCHES = "SELECT s.id FROM (SELECT s.id, s.title, s.updated_at"
            + " FROM chat_session s WHERE s.owner_id = ?%s ORDER BY s.updated_at DESC, s.id DESC LIMIT ?) s WHERE "
            + TITLE_OR_MESSAGE_MATCHES + LIST_ORDER + " LIMIT ?";
    /** The matching sessions after a window, found through the trigram indexes. */
    private static final String SEARCH = "SELECT s.id FROM chat_session s WHERE s.owner_id = ?" + AFTER_CURSOR
            + " AND s.id IN (SELECT t.id FROM chat_session t WHERE t.owner_id = ? AND t.title" + CONTAINS
            + " UNION SELECT m.session_id FROM session_message m WHERE m.owner_id = ? AND m.content" + CONTAINS + ")"
            + LIST_ORDER + " LIMIT ?";
    private static final Argument<List<List<String>>> ACTIONS_JSON = Argument.listOf(Argument.listOf(String.class));

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final DurableCommits durable;
    private final JsonMapper json;

    public JdbcSessionRepository(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                                 DurableCommits durable, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.durable = durable;
        this.json = json;
    }

    @Override
    public void create(Session session) {
        durable.write(() -> insertSession(session, 0, Optional.empty()));
    }

    @Override
    @Connectable
    public Optional<SessionSummary> find(UserId owner, SessionId id) {
        return jdbc.prepareStatement(FIND, statement -> {
            statement.setString(1, id.value());
            statement.setString(2, owner.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(summary(row)) : Optional.empty();
            }
        });
    }

    @Override
    @Connectable
    public SessionPage list(UserId owner, SessionQuery query) {
        List<SessionSummary> found = query.keyword().isPresent()
                ? summaries(owner, matching(owner, query, query.keyword().get()))
                : page(owner, query.after(), query.limit() + 1);
        boolean hasMore = found.size() > query.limit();
        return new SessionPage(hasMore ? found.subList(0, query.limit()) : found, hasMore);
    }

    @Override
    public boolean retitle(UserId owner, SessionId id, String title, Instant at) {
        return durable.write(() -> jdbc.prepareStatement(RETITLE, statement -> {
            statement.setString(1, title);
            Timestamps.set(statement, 2, at);
            statement.setString(3, id.value());
            statement.setString(4, owner.value());
            return statement.executeUpdate() == 1;
        }));
    }

    /** The messages go with the session (their foreign key cascades). */
    @Override
    public boolean delete(UserId owner, SessionId id) {
        return durable.write(() -> jdbc.prepareStatement(DELETE, statement -> {
            statement.setString(1, id.value());
            statement.setString(2, owner.value());
            return statement.executeUpdate() == 1;
        }));
    }

    /**
     * The session row is written first: an existing one is locked by its update until the turn commits, so the turns
     * of one session are kept one after the other, and a session deleted meanwhile updates no row and nothing is kept.
     */
    @Override
    public boolean save(SessionTurn turn) {
        Session session = turn.session();
        return inTransaction(() -> {
            if (turn.newSession()) {
                insertSession(session, 2, Optional.of(turn.answer().id()));
            } else if (!addTurn(session, turn.answer().id())) {
                return false;
            }
            insertMessage(session.owner(), turn.question());
            insertMessage(session.owner(), turn.answer());
            return true;
        });
    }

    /** One transaction: the session made by the turn goes with its messages; else the two go and the counts follow. */
    @Override
    public void takeBack(SessionTurn turn) {
        Session session = turn.session();
        if (turn.newSession()) {
            delete(session.owner(), session.id());
            return;
        }
        inTransaction(() -> {
            int removed = jdbc.prepareStatement(DELETE_TURN, statement -> {
                statement.setString(1, turn.question().id().value());
                statement.setString(2, turn.answer().id().value());
                statement.setString(3, session.id().value());
                statement.setString(4, session.owner().value());
                return statement.executeUpdate();
            });
            return jdbc.prepareStatement(TURN_TAKEN_BACK, statement -> {
                statement.setInt(1, removed);
                statement.setString(2, session.id().value());
                statement.setString(3, session.owner().value());
                return statement.executeUpdate();
            });
        });
    }

    @Override
    public boolean clearMessages(UserId owner, SessionId id, Instant at) {
        return inTransaction(() -> {
            boolean emptied = jdbc.prepareStatement(EMPTY_SESSION, statement -> {
                Timestamps.set(statement, 1, at);
                statement.setString(2, id.value());
                statement.setString(3, owner.value());
                return statement.executeUpdate() == 1;
            });
            if (emptied) {
                jdbc.prepareStatement(DELETE_MESSAGES, statement -> {
                    statement.setString(1, id.value());
                    statement.setString(2, owner.value());
                    return statement.executeUpdate();
                });
            }
            return emptied;
        });
    }

    @Override
    @Connectable
    public Optional<HistoryPage> history(UserId owner, SessionId id, int offset, int limit) {
        return jdbc.prepareStatement(HISTORY, statement -> {
            statement.setString(1, id.value());
            statement.setInt(2, limit);
            statement.setInt(3, offset);
            statement.setString(4, id.value());
            statement.setString(5, owner.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int total = row.getInt("message_count");
                List<SessionMessage> messages = new ArrayList<>();
                do {
                    message(row, "m").ifPresent(messages::add);
                } while (row.next());
                return Optional.of(new HistoryPage(messages, total));
            }
        });
    }

    @Override
    @Connectable
    public Optional<MessagePage> messagesBefore(UserId owner, SessionId id, Optional<MessageId> before, int limit) {
        Optional<Long> bound = jdbc.prepareStatement(BEFORE_BOUND, statement -> {
            statement.setString(1, before.map(MessageId::value).orElse(null));
            statement.setString(2, id.value());
            statement.setString(3, owner.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long seq = row.getLong("seq");
                return row.wasNull() ? (before.isPresent() ? Optional.empty() : Optional.of(Long.MAX_VALUE))
                        : Optional.of(seq);
            }
        });
        return bound.map(seq -> {
            List<SessionMessage> newestFirst = newest(owner, id, seq, limit + 1);
            boolean hasMore = newestFirst.size() > limit;
            return new MessagePage(hasMore ? newestFirst.subList(0, limit) : newestFirst, hasMore);
        });
    }

    @Override
    @Connectable
    public Optional<SessionMessage> message(UserId owner, MessageId id) {
        return jdbc.prepareStatement(MESSAGE, statement -> {
            statement.setString(1, id.value());
            statement.setString(2, owner.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? message(row, "m") : Optional.empty();
            }
        });
    }

    /** Only an answer takes feedback: the update names the role. */
    @Override
    public boolean giveFeedback(UserId owner, MessageId id, Feedback feedback) {
        return durable.write(() -> jdbc.prepareStatement(GIVE_FEEDBACK, statement -> {
            statement.setString(1, feedback.rating().map(Rating::name).orElse(null));
            statement.setString(2, feedback.comment().orElse(null));
            Timestamps.set(statement, 3, feedback.at());
            statement.setString(4, id.value());
            statement.setString(5, owner.value());
            return statement.executeUpdate() == 1;
        }));
    }

    @Override
    @Connectable
    public List<SessionMessage> latest(UserId owner, SessionId id, int count) {
        List<SessionMessage> oldestFirst = new ArrayList<>(newest(owner, id, Long.MAX_VALUE, count));
        Collections.reverse(oldestFirst);
        return List.copyOf(oldestFirst);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return durable.write(() -> transactions.executeWrite(status -> work.get()));
    }

    private int insertSession(Session session, int messageCount, Optional<MessageId> lastMessage) {
        return jdbc.prepareStatement(INSERT_SESSION, statement -> {
            statement.setString(1, session.id().value());
            statement.setString(2, session.owner().value());
            statement.setString(3, session.title());
            statement.setString(4, session.context().orElse(null));
            Timestamps.set(statement, 5, session.createdAt());
            Timestamps.set(statement, 6, session.updatedAt());
            statement.setInt(7, messageCount);
            statement.setString(8, lastMessage.map(MessageId::value).orElse(null));
            return statement.executeUpdate();
        });
    }

    private boolean addTurn(Session session, MessageId answer) {
        return jdbc.prepareStatement(ADD_TURN, statement -> {
            Timestamps.set(statement, 1, session.updatedAt());
            statement.setString(2, session.context().orElse(null));
            statement.setString(3, answer.value());
            statement.setString(4, session.id().value());
            statement.setString(5, session.owner().value());
            return statement.executeUpdate() == 1;
        });
    }

    private void insertMessage(UserId owner, SessionMessage message) {
        jdbc.prepareStatement(INSERT_MESSAGE, statement -> {
            statement.setString(1, message.id().value());
            statement.setString(2, message.session().value());
            statement.setString(3, message.role().name());
            statement.setString(4, message.content());
            statement.setString(5, actionsJson(message.actions()));
            statement.setString(6, message.feedback().flatMap(Feedback::rating).map(Rating::name).orElse(null));
            statement.setString(7, message.feedback().flatMap(Feedback::comment).orElse(null));
            if (message.feedback().isPresent()) {
                Timestamps.set(statement, 8, message.feedback().get().at());
            } else {
                statement.setObject(8, null);
            }
            Timestamps.set(statement, 9, message.at());
            statement.setString(10, message.code().map(PartCode::text).orElse(null));
            statement.setString(11, message.code().map(code -> code.language().wireName()).orElse(null));
            statement.setString(12, message.code().flatMap(PartCode::part).map(this::partJson).orElse(null));
            statement.setString(13, owner.value());
            return statement.executeUpdate();
        });
    }

    private List<SessionSummary> page(UserId owner, Optional<SessionCursor> after, int limit) {
        String sql = PAGE + (after.isPresent() ? AFTER_CURSOR : "") + LIST_ORDER + " LIMIT ?";
        return jdbc.prepareStatement(sql, statement -> {
            int next = 1;
            statement.setString(next++, owner.value());
            next = setCursor(statement, next, after);
            statement.setInt(next, limit);
            try (ResultSet row = statement.executeQuery()) {
                List<SessionSummary> summaries = new ArrayList<>();
                while (row.next()) {
                    summaries.add(summary(row));
                }
                return summaries;
            }
        });
    }

    /**
     * The ids of at most {@code limit + 1} matching sessions after the query's cursor, in the list's order: window
     * after window while the matches seen so far say that the page fills within {@value #SCAN_AHEAD} more sessions,
     * else, when the keyword gives a trigram, the rest through the trigram indexes.
     */
    private List<SessionId> matching(UserId owner, SessionQuery query, String keyword) {
        String pattern = containing(keyword);
        int wanted = query.limit() + 1;
        List<SessionId> found = new ArrayList<>();
        Optional<SessionCursor> from = query.after();
        for (int examined = SEARCH_WINDOW; ; examined += SEARCH_WINDOW) {
            Optional<SessionCursor> windowEnd = windowEnd(owner, from);
            found.addAll(windowMatches(owner, from, pattern, wanted - found.size()));
            if (found.size() == wanted || windowEnd.isEmpty()) {
                return found;
            }
            long expectedAhead = found.isEmpty() ? Long.MAX_VALUE
                    : (long) (wanted - found.size()) * examined / found.size();
            if (hasTrigram(keyword) && expectedAhead > SCAN_AHEAD) {
                found.addAll(searched(owner, windowEnd.get(), pattern, wanted - found.size()));
                return found;
            }
            from = windowEnd;
        }
    }

    private Optional<SessionCursor> windowEnd(UserId owner, Optional<SessionCursor> from) {
        return jdbc.prepareStatement(String.format(WINDOW_END, from.isPresent() ? AFTER_CURSOR : ""), statement -> {
            statement.setString(1, owner.value());
            statement.setInt(setCursor(statement, 2, from), SEARCH_WINDOW - 1);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new SessionCursor(Timestamps.get(row, "updated_at"),
                        new SessionId(row.getString("id")))) : Optional.empty();
            }
        });
    }

    private List<SessionId> windowMatches(UserId owner, Optional<SessionCursor> from, String pattern, int limit) {
        String sql = String.format(WINDOW_MATCHES, from.isPresent() ? AFTER_CURSOR : "");
        return ids(sql, statement -> {
            statement.setString(1, owner.value());
            int next = setCursor(statement, 2, from);
            statement.setInt(next++, SEARCH_WINDOW);
            next = setMatch(statement, next, pattern);
            statement.setInt(next, limit);
        });
    }

    private List<SessionId> searched(UserId owner, SessionCursor after, String pattern, int limit) {
        return ids(SEARCH, statement -> {
            statement.setString(1, owner.value());
            int next = setCursor(statement, 2, Optional.of(after));
            statement.setString(next++, owner.value());
            statement.setString(next++, pattern);
            statement.setString(next++, owner.value());
            statement.setString(next++, pattern);
            statement.setInt(next, limit);
        });
    }

    /**
     * The summaries of these sessions of the owner, in the order of the ids, which is the list's. The sessions are read
     * by their primary key behind an {@code OFFSET 0} fence and the owner checked after it: PostgreSQL would otherwise
     * also read the owner's whole entry of the list's index (a bitmap AND), 10 ms for a key of 20,000 sessions. The
     * order is restored here for the same reason.
     */
    private List<SessionSummary> summaries(UserId owner, List<SessionId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + SESSION_COLUMNS + ", " + messageColumns("l")
                + " FROM (SELECT * FROM chat_session WHERE id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") OFFSET 0) s"
                + " LEFT JOIN session_message l ON l.id = s.last_message_id WHERE s.owner_id = ?";
        Map<SessionId, SessionSummary> found = jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i).value());
            }
            statement.setString(ids.size() + 1, owner.value());
            try (ResultSet row = statement.executeQuery()) {
                Map<SessionId, SessionSummary> summaries = new HashMap<>();
                while (row.next()) {
                    SessionSummary summary = summary(row);
                    summaries.put(summary.session().id(), summary);
                }
                return summaries;
            }
        });
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Runs a query of session ids. */
    private List<SessionId> ids(String sql, Parameters parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            try (ResultSet row = statement.executeQuery()) {
                List<SessionId> ids = new ArrayList<>();
                while (row.next()) {
                    ids.add(new SessionId(row.getString("id")));
                }
                return ids;
            }
        });
    }

    private List<SessionMessage> newest(UserId owner, SessionId id, long beforeSeq, int limit) {
        return jdbc.prepareStatement(NEWEST_MESSAGES, statement -> {
            statement.setString(1, id.value());
            statement.setString(2, owner.value());
            statement.setLong(3, beforeSeq);
            statement.setInt(4, limit);
            try (ResultSet row = statement.executeQuery()) {
                List<SessionMessage> messages = new ArrayList<>();
                while (row.next()) {
                    messages.add(message(row, "m").orElseThrow());
                }
                return messages;
            }
        });
    }

    private static int setCursor(PreparedStatement statement, int index, Optional<SessionCursor> cursor)
            throws SQLException {
        if (cursor.isEmpty()) {
            return index;
        }
        Timestamps.set(statement, index, cursor.get().updatedAt());
        statement.setString(index + 1, cursor.get().id().value());
        return index + 2;
    }

    /** The two parameters of {@link #TITLE_OR_MESSAGE_MATCHES}. */
    private static int setMatch(PreparedStatement statement, int index, String pattern) throws SQLException {
        statement.setString(index, pattern);
        statement.setString(index + 1, pattern);
        return index + 2;
    }

    /** The LIKE pattern of text containing the keyword, its {@code \}, {@code %} and {@code _} taken literally. */
    static String containing(String keyword) {
        return "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Whether pg_trgm takes a trigram from the keyword: three letters or digits in a row. */
    static boolean hasTrigram(String keyword) {
        int run = 0;
        for (int i = 0; i < keyword.length(); i = keyword.offsetByCodePoints(i, 1)) {
            run = Character.isLetterOrDigit(keyword.codePointAt(i)) ? run + 1 : 0;
            if (run >= TRIGRAM) {
                return true;
            }
        }
        return false;
    }

    private static String messageColumns(String alias) {
        return MESSAGE_FIELDS.stream().map(field -> alias + "." + field + " AS " + alias + "_" + field)
                .collect(Collectors.joining(", "));
    }

    private SessionSummary summary(ResultSet row) throws SQLException {
        Session session = new Session(new SessionId(row.getString("id")), new UserId(row.getString("owner_id")),
                row.getString("title"), Optional.ofNullable(row.getString("context")),
                Timestamps.get(row, "created_at"), Timestamps.get(row, "updated_at"));
        return new SessionSummary(session, row.getInt("message_count"), message(row, "l"));
    }

    /** The message in the columns of this alias; empty when a left join found none. */
    private Optional<SessionMessage> message(ResultSet row, String alias) throws SQLException {
        String id = row.getString(alias + "_id");
        if (id == null) {
            return Optional.empty();
        }
        OffsetDateTime feedbackAt = row.getObject(alias + "_feedback_at", OffsetDateTime.class);
        Optional<String> rating = Optional.ofNullable(row.getString(alias + "_feedback_rating"));
        Optional<String> comment = Optional.ofNullable(row.getString(alias + "_feedback_comment"));
        Optional<Feedback> feedback = Optional.ofNullable(feedbackAt)
                .map(at -> new Feedback(rating.map(Rating::valueOf), comment, at.toInstant()));
        String codeText = row.getString(alias + "_code");
        String codeLanguage = row.getString(alias + "_code_language");
        String partJson = row.getString(alias + "_part");
        Optional<PartCode> code = Optional.ofNullable(codeText).map(text -> new PartCode(
                CodeLanguage.fromWire(codeLanguage).orElseThrow(() ->
                        new IllegalStateException("session_message " + id + " holds code of an unknown language")),
                text, Optional.ofNullable(partJson).map(this::part)));
        return Optional.of(new SessionMessage(new MessageId(id), new SessionId(row.getString(alias + "_session_id")),
                Role.valueOf(row.getString(alias + "_role")), row.getString(alias + "_content"),
                actions(row.getString(alias + "_actions")), code, feedback,
                Timestamps.get(row, alias + "_created_at")));
    }

    /** A part as it is kept: its family, its unit and its values (millimetres for lengths). */
    @Serdeable
    record StoredPart(String family, String unit, Map<String, Double> values) {
    }

    private String partJson(Part part) {
        try {
            return json.writeValueAsString(new StoredPart(part.family().name(), part.unit().name(), part.values()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the part", e);
        }
    }

    /** The part kept with a message's code, checked again as every part is. */
    private Part part(String partJson) {
        try {
            StoredPart stored = json.readValue(partJson, StoredPart.class);
            return switch (Part.design(PartFamily.valueOf(stored.family()), LengthUnit.valueOf(stored.unit()),
                    stored.values())) {
                case PartDesign.Designed designed -> designed.part();
                case PartDesign.Refused refused -> throw new IllegalStateException(
                        "session_message holds a part past its limits: " + refused.reasons());
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part " + partJson, e);
        }
    }

    /** An answer's actions as {@code [[name, option...], ...]}; no actions, the most common case, as NULL. */
    private String actionsJson(List<AgentAction> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        List<List<String>> arrays = actions.stream().map(action -> {
            List<String> array = new ArrayList<>();
            array.add(action.name().wireName());
            array.addAll(action.options());
            return List.copyOf(array);
        }).toList();
        try {
            return json.writeValueAsString(arrays);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the actions", e);
        }
    }

    private List<AgentAction> actions(String actionsJson) {
        if (actionsJson == null) {
            return List.of();
        }
        try {
            return json.readValue(actionsJson, ACTIONS_JSON).stream()
                    .map(array -> new AgentAction(action(array.get(0)), array.subList(1, array.size())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actions " + actionsJson, e);
        }
    }

    private static ActionName action(String wireName) {
        return Arrays.stream(ActionName.values())
                .filter(action -> action.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("session_message holds an unknown action: " + wireName));
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }
}
