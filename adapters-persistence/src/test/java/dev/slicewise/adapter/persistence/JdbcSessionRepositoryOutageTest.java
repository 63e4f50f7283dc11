package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.StoreUnavailable;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Rating;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A database that cannot be reached: every method of the sessions' repository, reads, single writes and the
 * transactions of a turn and of clearing a history, fails with {@link StoreUnavailable} (a 503 at the door), not with
 * the driver's exception.
 */
class JdbcSessionRepositoryOutageTest {

    private static final UserId OWNER = new UserId("key_" + "a".repeat(32));
    private static final Instant NOW = Instant.parse("2026-12-07T10:30:00Z");
    private static final SessionId SESSION = new SessionId(SessionId.PREFIX + "1".repeat(32));
    private static final MessageId MESSAGE = new MessageId(MessageId.PREFIX + "2".repeat(32));

    private static ApplicationContext context;
    private static JdbcSessionRepository sessions;

    @BeforeAll
    static void startOnADatabaseThatIsNotThere() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        context = ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/slicewise",
                "datasources.default.username", "postgres",
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.connection-timeout", 250,
                "datasources.default.initialization-fail-timeout", -1,
                "flyway.datasources.default.enabled", false,
                "slicewise.persistence", "jdbc"));
        sessions = context.getBean(JdbcSessionRepository.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void givenNoDatabase_everyMethod_failsWithStoreUnavailable() {
        Session session = new Session(SESSION, OWNER, "Bracket", Optional.empty(), NOW, NOW);
        SessionTurn turn = new SessionTurn(session, true,
                new SessionMessage(new MessageId(MessageId.PREFIX + "3".repeat(32)), SESSION, Role.USER, "Hi",
                        List.of(), Optional.empty(), NOW),
                new SessionMessage(MESSAGE, SESSION, Role.ASSISTANT, "Hello", List.of(), Optional.empty(), NOW));
        Feedback like = new Feedback(Optional.of(Rating.LIKE), Optional.empty(), NOW);
        List<Executable> calls = List.of(
                () -> sessions.create(session),
                () -> sessions.find(OWNER, SESSION),
                () -> sessions.list(OWNER, new SessionQuery(20, Optional.empty(), Optional.empty())),
                () -> sessions.list(OWNER, new SessionQuery(20, Optional.empty(), Optional.of("petg"))),
                () -> sessions.retitle(OWNER, SESSION, "New", NOW),
                () -> sessions.delete(OWNER, SESSION),
                () -> sessions.save(turn),
                () -> sessions.clearMessages(OWNER, SESSION, NOW),
                () -> sessions.history(OWNER, SESSION, 0, 50),
                () -> sessions.messagesBefore(OWNER, SESSION, Optional.empty(), 20),
                () -> sessions.message(OWNER, MESSAGE),
                () -> sessions.giveFeedback(OWNER, MESSAGE, like),
                () -> sessions.latest(OWNER, SESSION, 20));
        for (Executable call : calls) {
            assertThrows(StoreUnavailable.class, call);
        }
    }
}
