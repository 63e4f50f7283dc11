package dev.slicewise.application.service;

import dev.slicewise.application.port.in.ManageSessionsUseCase;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.domain.conversation.Language;
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
import dev.slicewise.domain.session.SessionTitles;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The sessions of the native API over {@link SessionRepository}: ids from {@link SessionIds}, cursors written and read
 * by {@link SessionCursors}, titles from {@link SessionTitles}. Renaming, clearing and retitling a session count as
 * changes: the session moves to the top of the list.
 */
public final class ManageSessionsService implements ManageSessionsUseCase {

    private final SessionRepository sessions;
    private final SessionIds ids;
    private final SessionCursors cursors;
    private final Clock clock;

    public ManageSessionsService(SessionRepository sessions, SessionIds ids, SessionCursors cursors, Clock clock) {
        this.sessions = sessions;
        this.ids = ids;
        this.cursors = cursors;
        this.clock = clock;
    }

    @Override
    public SessionSummary create(UserId owner, NewSession request) {
        Instant now = clock.instant();
        Session session = new Session(ids.newSessionId(), owner,
                request.title().orElseGet(() -> SessionTitles.newChat(request.language())), request.context(), now, now);
        sessions.create(session);
        return new SessionSummary(session, 0, Optional.empty());
    }

    @Override
    public Optional<SessionSummary> get(UserId owner, SessionId id) {
        return sessions.find(owner, id);
    }

    @Override
    public SessionListing list(UserId owner, SessionListRequest request) {
        Optional<SessionCursor> after = Optional.empty();
        if (request.cursor().isPresent()) {
            after = cursors.read(owner, request.cursor().get());
            if (after.isEmpty()) {
                return new InvalidCursor();
            }
        }
        SessionPage page = sessions.list(owner, new SessionQuery(request.limit(), after, request.keyword()));
        Optional<String> next = page.hasMore()
                ? Optional.of(cursors.write(owner, SessionCursor.after(page.sessions().getLast().session())))
                : Optional.empty();
        return new Listed(page, next);
    }

    @Override
    public Optional<SessionSummary> rename(UserId owner, SessionId id, String title) {
        return sessions.retitle(owner, id, title, clock.instant()) ? sessions.find(owner, id) : Optional.empty();
    }

    @Override
    public Optional<SessionSummary> titleFromFirstMessage(UserId owner, SessionId id, Language fallback) {
        return sessions.history(owner, id, 0, 1).flatMap(history -> {
            String title = history.messages().stream()
                    .filter(message -> message.role() == Role.USER)
                    .findFirst()
                    .map(first -> SessionTitles.fromFirstMessage(first.content(), fallback))
                    .orElseGet(() -> SessionTitles.newChat(fallback));
            return rename(owner, id, title);
        });
    }

    @Override
    public boolean delete(UserId owner, SessionId id) {
        return sessions.delete(owner, id);
    }

    @Override
    public Optional<HistoryPage> history(UserId owner, SessionId id, int offset, int limit) {
        return sessions.history(owner, id, offset, limit);
    }

    @Override
    public boolean clearHistory(UserId owner, SessionId id) {
        return sessions.clearMessages(owner, id, clock.instant());
    }

    @Override
    public Optional<MessagePage> messagesBefore(UserId owner, SessionId id, Optional<MessageId> before, int limit) {
        return sessions.messagesBefore(owner, id, before, limit);
    }

    @Override
    public Optional<SessionMessage> message(UserId owner, MessageId id) {
        return sessions.message(owner, id);
    }

    @Override
    public FeedbackOutcome giveFeedback(UserId owner, MessageId id, Optional<Rating> rating, Optional<String> comment) {
        Optional<SessionMessage> message = sessions.message(owner, id);
        if (message.isEmpty()) {
            return FeedbackOutcome.NOT_FOUND;
        }
        if (message.get().role() != Role.ASSISTANT) {
            return FeedbackOutcome.NOT_AN_ANSWER;
        }
        return sessions.giveFeedback(owner, id, new Feedback(rating, comment, clock.instant()))
                ? FeedbackOutcome.GIVEN
                : FeedbackOutcome.NOT_FOUND;
    }
}
