package dev.slicewise.application.port.out;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link SessionRepository} must do; each implementation's test extends this class. */
public abstract class SessionRepositoryContract {

    private static final UserId ALICE = new UserId("key_" + "a".repeat(32));
    private static final UserId BOB = new UserId("key_" + "b".repeat(32));
    private static final Instant NOW = Instant.parse("2026-12-07T10:30:00.123456Z");
    private static final List<AgentAction> ACTIONS = List.of(AgentAction.of(ActionName.SLICE_MODEL),
            AgentAction.chooseFrom(List.of("PLA \"basic\"", "PETG, 0.4 mm", "尼龙")));

    private SessionRepository sessions;
    private int sessionsMade;
    private int messagesMade;

    /** A repository holding no sessions. */
    protected abstract SessionRepository newRepository();

    @BeforeEach
    void createRepository() {
        sessions = newRepository();
    }

    @Test
    void givenCreatedSession_find_showsItWithoutMessages_toItsOwnerOnly() {
        Session session = create(ALICE, "Bracket", NOW);

        assertEquals(Optional.of(new SessionSummary(session, 0, Optional.empty())), sessions.find(ALICE, session.id()));
        assertEquals(Optional.empty(), sessions.find(BOB, session.id()));
        assertEquals(Optional.empty(), sessions.find(ALICE, sessionId(999)));
    }

    @Test
    void givenTurnOfNewSession_save_keepsSessionAndBothMessagesInOrder() {
        Session session = session(ALICE, "Benchy", NOW);
        SessionTurn turn = turn(session, true, "Slice it", "Slicing the model.", NOW);

        assertTrue(sessions.save(turn));

        assertEquals(Optional.of(new SessionSummary(session, 2, Optional.of(turn.answer()))),
                sessions.find(ALICE, session.id()));
        assertEquals(Optional.of(new HistoryPage(List.of(turn.question(), turn.answer()), 2)),
                sessions.history(ALICE, session.id(), 0, 50));
        assertEquals(ACTIONS, sessions.message(ALICE, turn.answer().id()).orElseThrow().actions());
    }

    @Test
    void givenAnAnswerThatDesignedAPart_save_keepsItsCodeAndThePart_andCodeAModelWroteWithoutOne() {
        Session session = session(ALICE, "Gear", NOW);
        SessionTurn plain = turn(session, true, "Design a gear", "Here is your gear.", NOW);
        Part part = ((PartDesign.Designed) Part.design(PartFamily.SPUR_GEAR, LengthUnit.INCH,
                Map.of("teeth", 24.0, "thickness", 6.35))).part();
        SessionMessage designed = new SessionMessage(plain.answer().id(), session.id(), Role.ASSISTANT,
                plain.answer().content(), List.of(), Optional.of(PartCode.of(part, CodeLanguage.OPENSCAD)),
                Optional.empty(), NOW);
        SessionTurn written = turn(session, false, "Something else", "Written by a model.", NOW.plusSeconds(1));
        SessionMessage byAModel = new SessionMessage(written.answer().id(), session.id(), Role.ASSISTANT,
                written.answer().content(), List.of(), Optional.of(new PartCode(CodeLanguage.JSCAD,
                "function main() { return CSG.cube(); }")), Optional.empty(), NOW.plusSeconds(1));

        assertTrue(sessions.save(new SessionTurn(session, true, plain.question(), designed)));
        assertTrue(sessions.save(new SessionTurn(session.changedAt(NOW.plusSeconds(1), Optional.empty()), false,
                written.question(), byAModel)));

        assertEquals(Optional.of(designed), sessions.message(ALICE, designed.id()));
        assertEquals(Optional.of(byAModel), sessions.message(ALICE, byAModel.id()));
    }

    @Test
    void givenTurnOfExistingSession_save_bringsUpdateTimeAndContextUpToDate_andAppendsTheMessages() {
        Session session = create(ALICE, "Vase", NOW);
        SessionTurn first = turn(session, false, "Make it a vase", "Vase mode on.", NOW.plusSeconds(10));
        Session withContext = session.changedAt(NOW.plusSeconds(20), Optional.of("vase.stl"));
        SessionTurn second = turn(withContext, false, "Thicker wall?", "0.8 mm.", NOW.plusSeconds(20));

        assertTrue(sessions.save(first));
        assertTrue(sessions.save(second));

        SessionSummary found = sessions.find(ALICE, session.id()).orElseThrow();
        assertEquals(withContext, found.session());
        assertEquals(4, found.messageCount());
        assertEquals(Optional.of(second.answer()), found.lastMessage());
        assertEquals(List.of(first.question(), first.answer(), second.question(), second.answer()),
                sessions.history(ALICE, session.id(), 0, 10).orElseThrow().messages());
    }

    @Test
    void givenTurnOfNewSession_takeBack_removesTheSessionWithItsMessages() {
        SessionTurn turn = turn(session(ALICE, "Benchy", NOW), true, "Slice it", "Slicing the model.", NOW);
        assertTrue(sessions.save(turn));

        sessions.takeBack(turn);

        assertEquals(Optional.empty(), sessions.find(ALICE, turn.session().id()));
        assertEquals(Optional.empty(), sessions.message(ALICE, turn.answer().id()));
    }

    @Test
    void givenTurnOfExistingSession_takeBack_removesItsTwoMessages_andTheSessionShowsTheTurnBefore() {
        Session session = create(ALICE, "Vase", NOW);
        SessionTurn first = turn(session, false, "Make it a vase", "Vase mode on.", NOW.plusSeconds(10));
        SessionTurn second = turn(session.changedAt(NOW.plusSeconds(20), Optional.empty()), false, "Thicker wall?",
                "0.8 mm.", NOW.plusSeconds(20));
        assertTrue(sessions.save(first));
        assertTrue(sessions.save(second));

        sessions.takeBack(second);

        SessionSummary found = sessions.find(ALICE, session.id()).orElseThrow();
        assertEquals(2, found.messageCount());
        assertEquals(Optional.of(first.answer()), found.lastMessage());
        assertEquals(List.of(first.question(), first.answer()),
                sessions.history(ALICE, session.id(), 0, 10).orElseThrow().messages());
    }

    @Test
    void givenDeletedOrOthersSession_save_refusesTheTurn_andKeepsNothing() {
        Session deleted = create(ALICE, "Gone", NOW);
        assertTrue(sessions.delete(ALICE, deleted.id()));
        SessionTurn late = turn(deleted.changedAt(NOW.plusSeconds(1), Optional.empty()), false, "Hello?", "Hi.",
                NOW.plusSeconds(1));
        Session alices = create(ALICE, "Mine", NOW);
        Session claimedByBob = new Session(alices.id(), BOB, "Mine", Optional.empty(), NOW, NOW.plusSeconds(2));
        SessionTurn intruding = turn(claimedByBob, false, "Mine now", "No.", NOW.plusSeconds(2));

        assertFalse(sessions.save(late));
        assertFalse(sessions.save(intruding));

        assertEquals(Optional.empty(), sessions.find(ALICE, deleted.id()));
        assertEquals(Optional.empty(), sessions.message(ALICE, late.question().id()));
        assertEquals(Optional.empty(), sessions.message(BOB, intruding.answer().id()));
        assertEquals(Optional.of(new SessionSummary(alices, 0, Optional.empty())), sessions.find(ALICE, alices.id()));
        assertEquals(List.of(), sessions.list(BOB, firstPage(10)).sessions());
    }

    @Test
    void givenAnotherOwnersSession_noMethod_readsChangesOrDeletesIt() {
        Session session = create(ALICE, "Secret", NOW);
        SessionTurn turn = turn(session.changedAt(NOW.plusSeconds(1), Optional.empty()), false, "secret question",
                "secret answer", NOW.plusSeconds(1));
        sessions.save(turn);
        Feedback like = new Feedback(Optional.of(Rating.LIKE), Optional.empty(), NOW.plusSeconds(2));

        assertEquals(Optional.empty(), sessions.find(BOB, session.id()));
        assertEquals(new SessionPage(List.of(), false), sessions.list(BOB, firstPage(10)));
        assertEquals(new SessionPage(List.of(), false), sessions.list(BOB, search("secret")));
        assertFalse(sessions.retitle(BOB, session.id(), "Mine", NOW.plusSeconds(3)));
        assertFalse(sessions.clearMessages(BOB, session.id(), NOW.plusSeconds(3)));
        assertFalse(sessions.giveFeedback(BOB, turn.answer().id(), like));
        assertFalse(sessions.delete(BOB, session.id()));
        assertEquals(Optional.empty(), sessions.history(BOB, session.id(), 0, 10));
        assertEquals(Optional.empty(), sessions.messagesBefore(BOB, session.id(), Optional.empty(), 10));
        assertEquals(Optional.empty(), sessions.message(BOB, turn.answer().id()));
        assertEquals(List.of(), sessions.latest(BOB, session.id(), 10));

        SessionSummary unchanged = sessions.find(ALICE, session.id()).orElseThrow();
        assertEquals(session.changedAt(NOW.plusSeconds(1), Optional.empty()), unchanged.session());
        assertEquals(Optional.of(turn.answer()), unchanged.lastMessage());
    }

    @Test
    void givenSessions_list_ordersByUpdateTimeThenIdFromTheGreatest_andPagesWithoutRepeats() {
        Session oldest = create(ALICE, "Oldest", NOW);
        Session tiedLow = create(ALICE, "Tied low", NOW.plusSeconds(5));
        Session tiedHigh = create(ALICE, "Tied high", NOW.plusSeconds(5));
        Session newest = create(ALICE, "Newest", NOW.plusSeconds(9));
        create(BOB, "Bob's", NOW.plusSeconds(7));

        SessionPage first = sessions.list(ALICE, firstPage(3));
        assertEquals(List.of(newest, tiedHigh, tiedLow), sessionsOf(first));
        assertTrue(first.hasMore());
        SessionPage second = sessions.list(ALICE, after(first, 3));
        assertEquals(List.of(oldest), sessionsOf(second));
        assertFalse(second.hasMore());
        assertEquals(List.of(newest, tiedHigh, tiedLow, oldest), sessionsOf(sessions.list(ALICE, firstPage(4))));
        assertFalse(sessions.list(ALICE, firstPage(4)).hasMore());
    }

    @Test
    void givenSessionsAddedAndUpdatedBetweenPages_theCursor_continuesWhereThePageEnded() {
        List<Session> made = IntStream.range(0, 6).mapToObj(i -> create(ALICE, "S" + i, NOW.plusSeconds(i))).toList();
        SessionPage first = sessions.list(ALICE, firstPage(2));
        assertEquals(List.of(made.get(5), made.get(4)), sessionsOf(first));

        Session added = create(ALICE, "Added", NOW.plusSeconds(60));
        Session moved = made.get(1).changedAt(NOW.plusSeconds(61), Optional.empty());
        sessions.save(turn(moved, false, "again", "sure", NOW.plusSeconds(61)));
        Session retitled = made.get(5).titled("Renamed", NOW.plusSeconds(62));
        sessions.retitle(ALICE, retitled.id(), "Renamed", NOW.plusSeconds(62));

        SessionPage second = sessions.list(ALICE, after(first, 2));
        assertEquals(List.of(made.get(3), made.get(2)), sessionsOf(second));
        assertEquals(List.of(made.get(0)), sessionsOf(sessions.list(ALICE, after(second, 2))));
        assertEquals(List.of(retitled, moved, added), sessionsOf(sessions.list(ALICE, firstPage(3))));
    }

    @Test
    void givenKeyword_list_findsItInTitlesAndMessages_ignoringCase_andInChineseWithoutSpaces() {
        Session inTitle = create(ALICE, "Benchy PETG test", NOW);
        Session inQuestion = create(ALICE, "Untitled", NOW.plusSeconds(1));
        sessions.save(turn(inQuestion, false, "My petg strings a lot", "Lower the temperature.", NOW.plusSeconds(1)));
        Session chinese = create(ALICE, "支架", NOW.plusSeconds(2));
        sessions.save(turn(chinese, false, "这个支架要做得耐摔一些", "加厚外墙。", NOW.plusSeconds(2)));
        Session inAnswer = create(ALICE, "Other", NOW.plusSeconds(3));
        sessions.save(turn(inAnswer, false, "What now?", "Dry your PeTg first.", NOW.plusSeconds(3)));
        create(BOB, "petg for Bob", NOW.plusSeconds(4));

        assertEquals(List.of(inAnswer.changedAt(NOW.plusSeconds(3), Optional.empty()),
                        inQuestion.changedAt(NOW.plusSeconds(1), Optional.empty()), inTitle),
                sessionsOf(sessions.list(ALICE, search("PETG"))));
        assertEquals(List.of(chinese.id()), idsOf(sessions.list(ALICE, search("耐摔"))));
        assertEquals(List.of(chinese.id()), idsOf(sessions.list(ALICE, search("做得耐摔一"))));
        assertEquals(List.of(inAnswer.id()), idsOf(sessions.list(ALICE, search("dry YOUR"))));
        assertEquals(List.of(), idsOf(sessions.list(ALICE, search("nylon"))));
    }

    @Test
    void givenKeywordWithPercentUnderscoreOrBackslash_list_takesThemLiterally() {
        Session percent = create(ALICE, "Infill 15% gyroid", NOW);
        Session underscore = create(ALICE, "sparse_infill_density", NOW.plusSeconds(1));
        Session backslash = create(ALICE, "C:\\prints\\cube", NOW.plusSeconds(2));
        create(ALICE, "Infill 150 gyroid and sparse-infill-density", NOW.plusSeconds(3));

        assertEquals(List.of(percent.id()), idsOf(sessions.list(ALICE, search("15%"))));
        assertEquals(List.of(percent.id()), idsOf(sessions.list(ALICE, search("5% g"))));
        assertEquals(List.of(underscore.id()), idsOf(sessions.list(ALICE, search("_infill_"))));
        assertEquals(List.of(underscore.id()), idsOf(sessions.list(ALICE, search("e_i"))));
        assertEquals(List.of(backslash.id()), idsOf(sessions.list(ALICE, search("\\prints"))));
        assertEquals(List.of(percent.id()), idsOf(sessions.list(ALICE, search("%"))));
        assertEquals(List.of(underscore.id()), idsOf(sessions.list(ALICE, search("_"))));
    }

    /**
     * Enough sessions that an implementation may look through the newest, where the rare word is not, and use an index
     * for the rest; and a word that matches often among the newest.
     */
    @Test
    void givenManySessions_aKeywordSearch_findsRareMatchesFarDownTheList_andPagesThemByCursor() {
        List<Session> made = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            made.add(create(ALICE, "Session " + i, NOW.plusSeconds(i)));
        }
        Session old = made.get(3).changedAt(NOW.plusSeconds(3), Optional.empty());
        sessions.save(turn(old, false, "the needle is here", "Found the NEEDLE.", NOW.plusSeconds(3)));
        Session older = made.get(1).changedAt(NOW.plusSeconds(1), Optional.empty());
        sessions.save(turn(older, false, "a 耐摔 bracket with zq", "ok", NOW.plusSeconds(1)));
        Session titled = made.get(2).titled("Needle nose", NOW.plusSeconds(2));
        sessions.retitle(ALICE, titled.id(), "Needle nose", NOW.plusSeconds(2));
        Session middle = made.get(130).changedAt(NOW.plusSeconds(130), Optional.empty());
        sessions.save(turn(middle, false, "needles?", "Yes.", NOW.plusSeconds(130)));

        SessionPage first = sessions.list(ALICE, search("needle", 2));
        assertEquals(List.of(middle.id(), old.id()), idsOf(first));
        assertTrue(first.hasMore());
        SessionPage second = sessions.list(ALICE, new SessionQuery(2, Optional.of(cursorOf(first)),
                Optional.of("needle")));
        assertEquals(List.of(titled.id()), idsOf(second));
        assertFalse(second.hasMore());
        assertEquals(List.of(made.get(259).id(), made.get(258).id()),
                idsOf(sessions.list(ALICE, search("Session 25", 2))));
        SessionPage often = sessions.list(ALICE, search("Session 1"));
        assertEquals(IntStream.iterate(199, i -> i >= 100, i -> i - 1).mapToObj(i -> made.get(i).id()).toList(),
                idsOf(often));
        assertTrue(often.hasMore());
        assertEquals(List.of(older.id()), idsOf(sessions.list(ALICE, search("zq"))));
        assertEquals(List.of(older.id()), idsOf(sessions.list(ALICE, search("耐摔"))));
        assertEquals(List.of(), idsOf(sessions.list(ALICE, search("haystack"))));
    }

    @Test
    void givenSessionWithMessages_history_skipsTheOffset_takesTheLimit_andTellsTheTotal() {
        Session session = create(ALICE, "Long", NOW);
        List<SessionMessage> all = saveTurns(session, 3);

        assertEquals(Optional.of(new HistoryPage(all.subList(2, 5), 6)), sessions.history(ALICE, session.id(), 2, 3));
        assertEquals(Optional.of(new HistoryPage(all.subList(4, 6), 6)), sessions.history(ALICE, session.id(), 4, 10));
        assertEquals(Optional.of(new HistoryPage(List.of(), 6)), sessions.history(ALICE, session.id(), 6, 10));
        assertEquals(Optional.of(new HistoryPage(List.of(), 0)),
                sessions.history(ALICE, create(ALICE, "Empty", NOW).id(), 0, 10));
        assertEquals(Optional.empty(), sessions.history(ALICE, sessionId(999), 0, 10));
    }

    @Test
    void givenSessionWithMessages_messagesBefore_pagesNewestFirst_andAnUnknownBeforeIsNoPage() {
        Session session = create(ALICE, "Paged", NOW);
        List<SessionMessage> all = saveTurns(session, 3);
        Session other = create(ALICE, "Other", NOW);
        SessionMessage ofOther = saveTurns(other, 1).get(0);

        MessagePage newest = sessions.messagesBefore(ALICE, session.id(), Optional.empty(), 4).orElseThrow();
        assertEquals(new MessagePage(List.of(all.get(5), all.get(4), all.get(3), all.get(2)), true), newest);
        MessagePage older = sessions.messagesBefore(ALICE, session.id(), Optional.of(all.get(2).id()), 4)
                .orElseThrow();
        assertEquals(new MessagePage(List.of(all.get(1), all.get(0)), false), older);
        assertEquals(Optional.of(new MessagePage(List.of(all.get(1)), true)),
                sessions.messagesBefore(ALICE, session.id(), Optional.of(all.get(2).id()), 1));
        assertEquals(Optional.of(new MessagePage(List.of(), false)),
                sessions.messagesBefore(ALICE, session.id(), Optional.of(all.get(0).id()), 4));
        assertEquals(Optional.empty(), sessions.messagesBefore(ALICE, session.id(), Optional.of(messageId(9_999)), 4));
        assertEquals(Optional.empty(), sessions.messagesBefore(ALICE, session.id(), Optional.of(ofOther.id()), 4));
        assertEquals(Optional.empty(), sessions.messagesBefore(ALICE, sessionId(999), Optional.empty(), 4));
    }

    @Test
    void givenAnswer_giveFeedback_replacesTheFeedbackBefore_andAWithdrawnRatingIsKeptAsNone() {
        Session session = create(ALICE, "Feedback", NOW);
        List<SessionMessage> turn = saveTurns(session, 1);
        SessionMessage answer = turn.get(1);
        Feedback dislike = new Feedback(Optional.of(Rating.DISLIKE), Optional.of("Too hot 尼龙"), NOW.plusSeconds(5));
        Feedback withdrawn = new Feedback(Optional.empty(), Optional.empty(), NOW.plusSeconds(6));

        assertTrue(sessions.giveFeedback(ALICE, answer.id(), dislike));
        assertEquals(Optional.of(answer.withFeedback(dislike)), sessions.message(ALICE, answer.id()));
        assertTrue(sessions.giveFeedback(ALICE, answer.id(), withdrawn));
        assertEquals(Optional.of(answer.withFeedback(withdrawn)), sessions.message(ALICE, answer.id()));
        assertEquals(Optional.of(answer.withFeedback(withdrawn)),
                sessions.find(ALICE, session.id()).orElseThrow().lastMessage());
    }

    @Test
    void givenUserMessageOrUnknownMessage_giveFeedback_isRefused() {
        Session session = create(ALICE, "Feedback", NOW);
        SessionMessage question = saveTurns(session, 1).get(0);
        Feedback like = new Feedback(Optional.of(Rating.LIKE), Optional.empty(), NOW.plusSeconds(5));

        assertFalse(sessions.giveFeedback(ALICE, question.id(), like));
        assertFalse(sessions.giveFeedback(ALICE, messageId(9_999), like));
        assertEquals(Optional.of(question), sessions.message(ALICE, question.id()));
    }

    @Test
    void givenSessionWithMessages_clearMessages_keepsTheSessionEmptyAndUpdated_andItTakesNewTurns() {
        Session session = create(ALICE, "Cleared", NOW);
        List<SessionMessage> before = saveTurns(session, 2);

        assertTrue(sessions.clearMessages(ALICE, session.id(), NOW.plusSeconds(30)));

        Session cleared = session.changedAt(NOW.plusSeconds(30), Optional.empty());
        assertEquals(Optional.of(new SessionSummary(cleared, 0, Optional.empty())), sessions.find(ALICE, session.id()));
        assertEquals(Optional.of(new HistoryPage(List.of(), 0)), sessions.history(ALICE, session.id(), 0, 10));
        assertEquals(Optional.empty(), sessions.message(ALICE, before.get(0).id()));
        assertEquals(List.of(), sessions.latest(ALICE, session.id(), 10));
        SessionTurn next = turn(cleared.changedAt(NOW.plusSeconds(40), Optional.empty()), false, "Again", "Yes.",
                NOW.plusSeconds(40));
        assertTrue(sessions.save(next));
        assertEquals(List.of(next.question(), next.answer()), sessions.latest(ALICE, session.id(), 10));
        assertFalse(sessions.clearMessages(ALICE, sessionId(999), NOW));
    }

    @Test
    void givenSessionWithMessages_delete_removesItWithItsMessages() {
        Session session = create(ALICE, "Deleted", NOW);
        List<SessionMessage> messages = saveTurns(session, 2);
        Session kept = create(ALICE, "Kept", NOW);

        assertTrue(sessions.delete(ALICE, session.id()));

        assertEquals(Optional.empty(), sessions.find(ALICE, session.id()));
        assertEquals(Optional.empty(), sessions.message(ALICE, messages.get(3).id()));
        assertEquals(Optional.empty(), sessions.history(ALICE, session.id(), 0, 10));
        assertEquals(List.of(kept), sessionsOf(sessions.list(ALICE, firstPage(10))));
        assertFalse(sessions.delete(ALICE, session.id()));
    }

    @Test
    void givenSession_retitle_changesTitleAndUpdateTime() {
        Session session = create(ALICE, "Old title", NOW);

        assertTrue(sessions.retitle(ALICE, session.id(), "New title", NOW.plusSeconds(3)));

        assertEquals(session.titled("New title", NOW.plusSeconds(3)),
                sessions.find(ALICE, session.id()).orElseThrow().session());
        assertFalse(sessions.retitle(ALICE, sessionId(999), "New title", NOW));
    }

    @Test
    void givenLongSession_latest_givesTheNewestMessagesOldestFirst() {
        Session session = create(ALICE, "Latest", NOW);
        List<SessionMessage> all = saveTurns(session, 5);

        assertEquals(all.subList(7, 10), sessions.latest(ALICE, session.id(), 3));
        assertEquals(all, sessions.latest(ALICE, session.id(), 20));
        assertEquals(List.of(), sessions.latest(ALICE, sessionId(999), 3));
    }

    private Session create(UserId owner, String title, Instant at) {
        Session session = session(owner, title, at);
        sessions.create(session);
        return session;
    }

    private Session session(UserId owner, String title, Instant at) {
        return new Session(sessionId(++sessionsMade), owner, title, Optional.empty(), at, at);
    }

    /** Saves {@code count} turns on the session, a second apart, and returns their messages in order. */
    private List<SessionMessage> saveTurns(Session session, int count) {
        List<SessionMessage> saved = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Instant at = session.updatedAt().plusSeconds(i);
            SessionTurn turn = turn(session.changedAt(at, Optional.empty()), false, "Question " + i, "Answer " + i, at);
            assertTrue(sessions.save(turn));
            saved.add(turn.question());
            saved.add(turn.answer());
        }
        return saved;
    }

    private SessionTurn turn(Session session, boolean isNew, String question, String answer, Instant at) {
        SessionMessage asked = new SessionMessage(messageId(++messagesMade), session.id(), Role.USER, question,
                List.of(), Optional.empty(), at);
        SessionMessage answered = new SessionMessage(messageId(++messagesMade), session.id(), Role.ASSISTANT, answer,
                ACTIONS, Optional.empty(), at);
        return new SessionTurn(session, isNew, asked, answered);
    }

    private static SessionId sessionId(int number) {
        return new SessionId(SessionId.PREFIX + String.format("%032x", number));
    }

    private static MessageId messageId(int number) {
        return new MessageId(MessageId.PREFIX + String.format("%032x", number));
    }

    private static SessionQuery firstPage(int limit) {
        return new SessionQuery(limit, Optional.empty(), Optional.empty());
    }

    private static SessionQuery after(SessionPage page, int limit) {
        return new SessionQuery(limit, Optional.of(cursorOf(page)), Optional.empty());
    }

    private static SessionQuery search(String keyword) {
        return search(keyword, SessionQuery.MAX_LIMIT);
    }

    private static SessionQuery search(String keyword, int limit) {
        return new SessionQuery(limit, Optional.empty(), Optional.of(keyword));
    }

    private static SessionCursor cursorOf(SessionPage page) {
        return SessionCursor.after(page.sessions().get(page.sessions().size() - 1).session());
    }

    private static List<Session> sessionsOf(SessionPage page) {
        return page.sessions().stream().map(SessionSummary::session).toList();
    }

    private static List<SessionId> idsOf(SessionPage page) {
        return page.sessions().stream().map(summary -> summary.session().id()).toList();
    }
}
