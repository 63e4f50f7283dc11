package dev.slicewise.adapter.persistence;

import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.HistoryPage;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionSummary;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A turn is one transaction: when its answer cannot be kept (here an id already taken, which the domain never makes),
 * the session's update and the question written before it are rolled back with it.
 */
class JdbcSessionTurnTransactionTest {

    private static final UserId OWNER = new UserId("key_" + "a".repeat(32));
    private static final Instant NOW = Instant.parse("2026-12-07T10:30:00Z");

    @RegisterExtension
    static final TestDatabase h2 = TestDatabase.h2();

    @RegisterExtension
    static final TestDatabase postgres = TestDatabase.postgres();

    @Test
    void givenAnswerThatCannotBeKept_onH2_nothingOfTheTurnIsKept() {
        assertTurnKeptWholeOrNotAtAll(h2.bean(JdbcSessionRepository.class));
    }

    @Test
    void givenAnswerThatCannotBeKept_onPostgres_nothingOfTheTurnIsKept() {
        assertTurnKeptWholeOrNotAtAll(postgres.bean(JdbcSessionRepository.class));
    }

    private static void assertTurnKeptWholeOrNotAtAll(JdbcSessionRepository sessions) {
        Session session = new Session(new SessionId(SessionId.PREFIX + "1".repeat(32)), OWNER, "Turns",
                Optional.empty(), NOW, NOW);
        SessionTurn first = turn(session.changedAt(NOW.plusSeconds(1), Optional.empty()), 1, 2);
        assertTrue(sessions.save(new SessionTurn(session, true, first.question(), first.answer())));
        SessionTurn failing = turn(session.changedAt(NOW.plusSeconds(2), Optional.of("part.stl")), 3, 2);

        assertThrows(RuntimeException.class, () -> sessions.save(failing));

        assertEquals(Optional.of(new SessionSummary(session, 2, Optional.of(first.answer()))),
                sessions.find(OWNER, session.id()));
        assertEquals(Optional.empty(), sessions.message(OWNER, failing.question().id()));
        assertEquals(Optional.of(new HistoryPage(List.of(first.question(), first.answer()), 2)),
                sessions.history(OWNER, session.id(), 0, 10));
    }

    private static SessionTurn turn(Session session, int questionNumber, int answerNumber) {
        return new SessionTurn(session, false,
                new SessionMessage(messageId(questionNumber), session.id(), Role.USER, "Question", List.of(),
                        Optional.empty(), session.updatedAt()),
                new SessionMessage(messageId(answerNumber), session.id(), Role.ASSISTANT, "Answer", List.of(),
                        Optional.empty(), session.updatedAt()));
    }

    private static MessageId messageId(int number) {
        return new MessageId(MessageId.PREFIX + String.format("%032x", number));
    }
}
