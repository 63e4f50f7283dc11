package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.session.HistoryPage;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.MessagePage;
import dev.slicewise.domain.session.Rating;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionPage;
import dev.slicewise.domain.session.SessionSummary;
import dev.slicewise.domain.user.UserId;

import java.util.Optional;

/**
 * A key's sessions and their messages, outside a chat turn: make, read, list, name, delete a session; read and clear
 * its history; read its messages; rate an answer. Every call names the owner, and another owner's session or message
 * is answered exactly as an unknown one.
 */
public interface ManageSessionsUseCase {

    /** A new session without messages, titled as asked or "New chat" in the request's language. */
    SessionSummary create(UserId owner, NewSession request);

    Optional<SessionSummary> get(UserId owner, SessionId id);

    /** A page of the owner's sessions, most recently updated first; a cursor that is not valid lists nothing. */
    SessionListing list(UserId owner, SessionListRequest request);

    /** The session with a new title; empty when the owner has no such session. */
    Optional<SessionSummary> rename(UserId owner, SessionId id, String title);

    /**
     * The session titled from its first user message, in that message's language ({@code fallback} when the text
     * does not tell), or "New chat" in {@code fallback} when it has no messages; empty when there is no such session.
     */
    Optional<SessionSummary> titleFromFirstMessage(UserId owner, SessionId id, Language fallback);

    /** Deletes the session with its messages; false when there is no such session. */
    boolean delete(UserId owner, SessionId id);

    /** {@code limit} messages, oldest first, after {@code offset}, with the session's total. */
    Optional<HistoryPage> history(UserId owner, SessionId id, int offset, int limit);

    /** Deletes the session's messages, keeping the session; false when there is no such session. */
    boolean clearHistory(UserId owner, SessionId id);

    /**
     * {@code limit} messages, newest first, older than {@code before} when given: empty when there is no such session
     * or {@code before} is no message of it.
     */
    Optional<MessagePage> messagesBefore(UserId owner, SessionId id, Optional<MessageId> before, int limit);

    Optional<SessionMessage> message(UserId owner, MessageId id);

    /** Rates an answer, replacing the feedback it had. */
    FeedbackOutcome giveFeedback(UserId owner, MessageId id, Optional<Rating> rating, Optional<String> comment);

    /** A session to make: its title (else "New chat" in {@code language}) and what it is about. */
    record NewSession(Optional<String> title, Optional<String> context, Language language) {

        public NewSession {
            Require.present(title, "title");
            Require.present(context, "context");
            Require.present(language, "language");
        }
    }

    /** Which sessions to list: at most {@code limit}, after the cursor when given, matching the keyword when given. */
    record SessionListRequest(int limit, Optional<String> cursor, Optional<String> keyword) {

        public SessionListRequest {
            Require.present(cursor, "cursor");
            Require.present(keyword, "keyword");
        }
    }

    sealed interface SessionListing {
    }

    /** A page and the cursor of the next one, present exactly when more sessions follow. */
    record Listed(SessionPage page, Optional<String> nextCursor) implements SessionListing {

        public Listed {
            Require.present(page, "page");
            Require.present(nextCursor, "next cursor");
            if (page.hasMore() == nextCursor.isEmpty()) {
                throw new IllegalArgumentException("a page has a next cursor exactly when more sessions follow");
            }
        }
    }

    /** The cursor was changed, made up, cut, or written for another key. */
    record InvalidCursor() implements SessionListing {
    }

    enum FeedbackOutcome {
        GIVEN,
        /** The owner has no such message. */
        NOT_FOUND,
        /** The message is the user's own: only answers are rated. */
        NOT_AN_ANSWER
    }
}
