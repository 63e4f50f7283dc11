package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.HistoryPage;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.MessagePage;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionCursor;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionPage;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.session.SessionSummary;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Sessions in the process; every method holds the one lock, so a turn is kept whole or not at all. */
public final class InMemorySessionRepository implements SessionRepository {

    private static final Comparator<Session> LIST_ORDER = Comparator.comparing(Session::updatedAt)
            .thenComparing(session -> session.id().value()).reversed();

    private final Map<SessionId, Session> sessions = new HashMap<>();
    /** Each session's messages in the order they were saved. */
    private final Map<SessionId, List<SessionMessage>> messages = new HashMap<>();

    @Override
    public synchronized void create(Session session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("a session with the id " + session.id() + " exists");
        }
        messages.put(session.id(), new ArrayList<>());
    }

    @Override
    public synchronized Optional<SessionSummary> find(UserId owner, SessionId id) {
        return owned(owner, id).map(this::summary);
    }

    @Override
    public synchronized SessionPage list(UserId owner, SessionQuery query) {
        List<SessionSummary> matching = sessions.values().stream()
                .filter(session -> session.isOwnedBy(owner))
                .filter(session -> query.after().map(cursor -> comesAfter(session, cursor)).orElse(true))
                .filter(session -> query.keyword().map(keyword -> matches(session, keyword)).orElse(true))
                .sorted(LIST_ORDER)
                .limit(query.limit() + 1L)
                .map(this::summary)
                .toList();
        boolean hasMore = matching.size() > query.limit();
        return new SessionPage(hasMore ? matching.subList(0, query.limit()) : matching, hasMore);
    }

    @Override
    public synchronized boolean retitle(UserId owner, SessionId id, String title, Instant at) {
        return owned(owner, id).map(session -> sessions.put(id, session.titled(title, at))).isPresent();
    }

    @Override
    public synchronized boolean delete(UserId owner, SessionId id) {
        if (owned(owner, id).isEmpty()) {
            return false;
        }
        sessions.remove(id);
        messages.remove(id);
        return true;
    }

    @Override
    public synchronized boolean save(SessionTurn turn) {
        Session session = turn.session();
        if (turn.newSession()) {
            create(session);
        } else if (owned(session.owner(), session.id()).isEmpty()) {
            return false;
        }
        sessions.put(session.id(), session);
        messages.get(session.id()).addAll(List.of(turn.question(), turn.answer()));
        return true;
    }

    @Override
    public synchronized void takeBack(SessionTurn turn) {
        SessionId id = turn.session().id();
        if (turn.newSession()) {
            sessions.remove(id);
            messages.remove(id);
        } else if (messages.containsKey(id)) {
            messages.get(id).removeIf(message -> message.id().equals(turn.question().id())
                    || message.id().equals(turn.answer().id()));
        }
    }

    @Override
    public synchronized boolean clearMessages(UserId owner, SessionId id, Instant at) {
        Optional<Session> session = owned(owner, id);
        session.ifPresent(found -> {
            sessions.put(id, found.changedAt(at, Optional.empty()));
            messages.get(id).clear();
        });
        return session.isPresent();
    }

    @Override
    public synchronized Optional<HistoryPage> history(UserId owner, SessionId id, int offset, int limit) {
        return owned(owner, id).map(session -> {
            List<SessionMessage> all = messages.get(id);
            return new HistoryPage(all.stream().skip(offset).limit(limit).toList(), all.size());
        });
    }

    @Override
    public synchronized Optional<MessagePage> messagesBefore(UserId owner, SessionId id, Optional<MessageId> before,
                                                             int limit) {
        if (owned(owner, id).isEmpty()) {
            return Optional.empty();
        }
        List<SessionMessage> all = messages.get(id);
        int end = all.size();
        if (before.isPresent()) {
            end = indexOf(all, before.get());
            if (end < 0) {
                return Optional.empty();
            }
        }
        List<SessionMessage> newestFirst = new ArrayList<>(all.subList(Math.max(0, end - limit), end));
        Collections.reverse(newestFirst);
        return Optional.of(new MessagePage(newestFirst, end > limit));
    }

    @Override
    public synchronized Optional<SessionMessage> message(UserId owner, MessageId id) {
        return messages.entrySet().stream()
                .filter(entry -> sessions.get(entry.getKey()).isOwnedBy(owner))
                .flatMap(entry -> entry.getValue().stream())
                .filter(message -> message.id().equals(id))
                .findFirst();
    }

    @Override
    public synchronized boolean giveFeedback(UserId owner, MessageId id, Feedback feedback) {
        Optional<SessionMessage> answer = message(owner, id).filter(message -> message.role() == Role.ASSISTANT);
        answer.ifPresent(found -> {
            List<SessionMessage> ofSession = messages.get(found.session());
            ofSession.set(indexOf(ofSession, id), found.withFeedback(feedback));
        });
        return answer.isPresent();
    }

    @Override
    public synchronized List<SessionMessage> latest(UserId owner, SessionId id, int count) {
        if (owned(owner, id).isEmpty()) {
            return List.of();
        }
        List<SessionMessage> all = messages.get(id);
        return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    private Optional<Session> owned(UserId owner, SessionId id) {
        return Optional.ofNullable(sessions.get(id)).filter(session -> session.isOwnedBy(owner));
    }

    private SessionSummary summary(Session session) {
        List<SessionMessage> all = messages.get(session.id());
        return new SessionSummary(session, all.size(),
                all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    private static boolean comesAfter(Session session, SessionCursor cursor) {
        int byTime = session.updatedAt().compareTo(cursor.updatedAt());
        return byTime < 0 || byTime == 0 && session.id().value().compareTo(cursor.id().value()) < 0;
    }

    private boolean matches(Session session, String keyword) {
        String wanted = keyword.toLowerCase(Locale.ROOT);
        return session.title().toLowerCase(Locale.ROOT).contains(wanted)
                || messages.get(session.id()).stream()
                        .anyMatch(message -> message.content().toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static int indexOf(List<SessionMessage> messages, MessageId id) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
