package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;

import java.util.Optional;

/** A session with how many messages it holds and its newest one. */
public record SessionSummary(Session session, int messageCount, Optional<SessionMessage> lastMessage) {

    public SessionSummary {
        Require.present(session, "session");
        if (messageCount < 0) {
            throw new IllegalArgumentException("a message count is not negative");
        }
        Require.present(lastMessage, "last message");
        if ((messageCount == 0) != lastMessage.isEmpty()) {
            throw new IllegalArgumentException("a session has a last message exactly when it has messages");
        }
    }
}
