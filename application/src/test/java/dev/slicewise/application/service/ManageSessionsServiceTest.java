package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemorySessionRepository;
import dev.slicewise.application.port.in.ManageSessionsUseCase.FeedbackOutcome;
import dev.slicewise.application.port.in.ManageSessionsUseCase.InvalidCursor;
import dev.slicewise.application.port.in.ManageSessionsUseCase.Listed;
import dev.slicewise.application.port.in.ManageSessionsUseCase.NewSession;
import dev.slicewise.application.port.in.ManageSessionsUseCase.SessionListRequest;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.Rating;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionSummary;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManageSessionsServiceTest {

    private static final UserId OWNER = new UserId("key_" + "a".repeat(32));
    private static final UserId OTHER = new UserId("key_" + "b".repeat(32));

    private final TickingClock clock = new TickingClock();
    private final InMemorySessionRepository repository = new InMemorySessionRepository();
    private final SessionIds ids = new SessionIds();
    private final ManageSessionsService sessions =
            new ManageSessionsService(repository, ids, new SessionCursors(new byte[32]), clock);

    @Test
    void aSessionWithoutATitle_isANewChatInTheRequestsLanguage_andHasNoMessages() {
        SessionSummary created = sessions.create(OWNER, new NewSession(Optional.empty(), Optional.of("gear.stl"),
                Language.DE));

        assertEquals("Neuer Chat", created.session().title());
        assertEquals(Optional.of("gear.stl"), created.session().context());
        assertTrue(created.session().id().value().matches("ses_[0-9a-f]{32}"));
        assertEquals(0, created.messageCount());
        assertEquals(Optional.of(created), sessions.get(OWNER, created.session().id()));
        assertEquals(Optional.empty(), sessions.get(OTHER, created.session().id()));
    }

    @Test
    void pages_followEachOther_throughTheirCursors_whileSessionsAreAdded() {
        List<SessionId> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(create("s" + i).session().id());
        }
        Listed first = listed(sessions.list(OWNER, new SessionListRequest(2, Optional.empty(), Optional.empty())));
        create("added after the first page");

        Listed second = listed(sessions.list(OWNER, new SessionListRequest(2, first.nextCursor(), Optional.empty())));
        Listed third = listed(sessions.list(OWNER, new SessionListRequest(2, second.nextCursor(), Optional.empty())));

        assertEquals(List.of(made.get(4), made.get(3)), idsOf(first));
        assertEquals(List.of(made.get(2), made.get(1)), idsOf(second));
        assertEquals(List.of(made.get(0)), idsOf(third));
        assertEquals(Optional.empty(), third.nextCursor());
    }

    @Test
    void aCursorOfAnotherOwner_orTamperedWith_isInvalid() {
        create("a");
        create("b");
        String cursor = listed(sessions.list(OWNER, new SessionListRequest(1, Optional.empty(), Optional.empty())))
                .nextCursor().orElseThrow();
        String tampered = cursor.substring(0, 10) + (cursor.charAt(10) == 'A' ? 'B' : 'A') + cursor.substring(11);

        assertInstanceOf(InvalidCursor.class,
                sessions.list(OTHER, new SessionListRequest(1, Optional.of(cursor), Optional.empty())));
        assertInstanceOf(InvalidCursor.class,
                sessions.list(OWNER, new SessionListRequest(1, Optional.of(tampered), Optional.empty())));
    }

    @Test
    void theTitleFromTheFirstMessage_isInItsLanguage_andANewChatWithoutMessages() {
        SessionSummary session = create("Neuer Chat");
        save(session.session(), "Comment éviter les fils avec le PETG ?", "Réglez la rétraction.");
        save(session.session(), "Merci !", "Avec plaisir.");
        SessionSummary empty = create("Mein Projekt");

        assertEquals("Éviter fils PETG", sessions.titleFromFirstMessage(OWNER, session.session().id(), Language.EN)
                .orElseThrow().session().title());
        assertEquals("New chat", sessions.titleFromFirstMessage(OWNER, empty.session().id(), Language.EN)
                .orElseThrow().session().title());
        assertEquals(Optional.empty(), sessions.titleFromFirstMessage(OTHER, session.session().id(), Language.EN));
    }

    @Test
    void renaming_movesTheSessionToTheTop() {
        SessionSummary older = create("older");
        create("newer");

        sessions.rename(OWNER, older.session().id(), "renamed");

        Listed listed = listed(sessions.list(OWNER, new SessionListRequest(1, Optional.empty(), Optional.empty())));
        assertEquals("renamed", listed.page().sessions().getFirst().session().title());
        assertEquals(Optional.empty(), sessions.rename(OTHER, older.session().id(), "stolen"));
    }

    @Test
    void feedback_isGivenOnAnAnswerOfTheOwner_only() {
        SessionSummary session = create("s");
        SessionTurn turn = save(session.session(), "Make it stronger", "Done: 4 walls.");

        FeedbackOutcome onQuestion = sessions.giveFeedback(OWNER, turn.question().id(), Optional.of(Rating.LIKE),
                Optional.empty());
        FeedbackOutcome ofOther = sessions.giveFeedback(OTHER, turn.answer().id(), Optional.of(Rating.LIKE),
                Optional.empty());
        FeedbackOutcome given = sessions.giveFeedback(OWNER, turn.answer().id(), Optional.of(Rating.DISLIKE),
                Optional.of("too slow"));

        assertEquals(List.of(FeedbackOutcome.NOT_AN_ANSWER, FeedbackOutcome.NOT_FOUND, FeedbackOutcome.GIVEN),
                List.of(onQuestion, ofOther, given));
        Feedback feedback = sessions.message(OWNER, turn.answer().id()).orElseThrow().feedback().orElseThrow();
        assertEquals(Optional.of(Rating.DISLIKE), feedback.rating());
        assertEquals(Optional.of("too slow"), feedback.comment());
        assertEquals(Optional.empty(), sessions.message(OWNER, turn.question().id()).orElseThrow().feedback());
    }

    @Test
    void clearingTheHistory_keepsTheSessionWithoutMessages() {
        SessionSummary session = create("s");
        save(session.session(), "Make it stronger", "Done.");

        assertTrue(sessions.clearHistory(OWNER, session.session().id()));

        assertEquals(0, sessions.history(OWNER, session.session().id(), 0, 50).orElseThrow().total());
        assertEquals(0, sessions.get(OWNER, session.session().id()).orElseThrow().messageCount());
    }

    private SessionSummary create(String title) {
        return sessions.create(OWNER, new NewSession(Optional.of(title), Optional.empty(), Language.EN));
    }

    private SessionTurn save(Session session, String question, String answer) {
        Instant at = clock.instant();
        SessionTurn turn = new SessionTurn(session.changedAt(at, Optional.empty()), false,
                new SessionMessage(ids.newMessageId(), session.id(), Role.USER, question, List.of(), Optional.empty(), at),
                new SessionMessage(ids.newMessageId(), session.id(), Role.ASSISTANT, answer,
                        List.of(AgentAction.of(ActionName.values()[0])), Optional.empty(), at));
        assertTrue(repository.save(turn));
        return turn;
    }

    private static Listed listed(Object listing) {
        return assertInstanceOf(Listed.class, listing);
    }

    private static List<SessionId> idsOf(Listed listed) {
        return listed.page().sessions().stream().map(summary -> summary.session().id()).toList();
    }

    /** A clock that moves one second forward at every reading, so that every change has its own time. */
    private static final class TickingClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T10:30:00Z");

        @Override
        public Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
