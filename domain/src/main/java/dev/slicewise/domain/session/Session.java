package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * A conversation the service keeps for its owner (the API key that made it): its title, what it is about (a model id,
 * a file name), when it was made and when it last changed.
 */
public record Session(SessionId id, UserId owner, String title, Optional<String> context, Instant createdAt,
                      Instant updatedAt) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_CONTEXT_LENGTH = 2_000;

    public Session {
        Require.present(id, "id");
        Require.present(owner, "owner");
        Require.text(title, "title", MAX_TITLE_LENGTH);
        Require.present(context, "context");
        context.ifPresent(text -> Require.text(text, "context", MAX_CONTEXT_LENGTH));
        Require.present(createdAt, "created at");
        Require.present(updatedAt, "updated at");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a session cannot change before it was made");
        }
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }

    /** The session as it is after a turn at {@code at}, its context replaced when the turn gave one. */
    public Session changedAt(Instant at, Optional<String> newContext) {
        return new Session(id, owner, title, newContext.or(() -> context), createdAt, at);
    }

    public Session titled(String newTitle, Instant at) {
        return new Session(id, owner, newTitle, context, createdAt, at);
    }
}
