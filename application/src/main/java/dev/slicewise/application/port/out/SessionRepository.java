package dev.slicewise.application.port.out;

import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.HistoryPage;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.MessagePage;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionPage;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.session.SessionSummary;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the native API's sessions, their messages and feedback are kept. Every read and change names the owner: a
 * session or message of another owner is answered exactly as an unknown one (empty, false). Messages keep the order
 * in which they were saved; a turn's question comes before its answer.
 */
public interface SessionRepository {

    /** Keeps a new session that has no messages yet. */
    void create(Session session);

    /** The owner's session with its message count and newest message. */
    Optional<SessionSummary> find(UserId owner, SessionId id);

    /**
     * The owner's sessions, most recently updated first, then by id from the greatest; with a cursor only those after
     * it in that order; with a keyword only those whose title or any message's text contains it, ignoring case.
     */
    SessionPage list(UserId owner, SessionQuery query);

    /** Gives the owner's session a new title at {@code at}; false when there is no such session. */
    boolean retitle(UserId owner, SessionId id, String title, Instant at);

    /** Deletes the owner's session with its messages and their feedback; false when there is no such session. */
    boolean delete(UserId owner, SessionId id);

    /**
     * Keeps an answered turn in one transaction: the session made (new) or brought up to date (its update time and
     * context), then the question and the answer. False, with nothing kept, when the session is not new and is no
     * longer the owner's (deleted meanwhile).
     */
    boolean save(SessionTurn turn);

    /**
     * Takes back a turn that was kept but not charged: its two messages, and the session when the turn made it. The
     * session's update time stays as the turn left it.
     */
    void takeBack(SessionTurn turn);

    /** Deletes the messages of the owner's session, which stays, updated at {@code at}; false when there is none. */
    boolean clearMessages(UserId owner, SessionId id, Instant at);

    /** At most {@code limit} messages of the owner's session, oldest first, after skipping {@code offset}. */
    Optional<HistoryPage> history(UserId owner, SessionId id, int offset, int limit);

    /**
     * At most {@code limit} messages of the owner's session, newest first; with {@code before}, only those older than
     * that message. Empty when there is no such session, or {@code before} is no message of it.
     */
    Optional<MessagePage> messagesBefore(UserId owner, SessionId id, Optional<MessageId> before, int limit);

    /** The owner's message. */
    Optional<SessionMessage> message(UserId owner, MessageId id);

    /** Sets the feedback of the owner's answer, replacing any before; false when there is no such answer. */
    boolean giveFeedback(UserId owner, MessageId id, Feedback feedback);

    /** The newest {@code count} messages of the owner's session, oldest first: what the assistant reads of it. */
    List<SessionMessage> latest(UserId owner, SessionId id, int count);
}
