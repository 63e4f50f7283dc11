package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;

import java.time.Instant;

/**
 * Where a page of sessions ends: the last session's update time and id. The next page holds the sessions that come
 * after it in the order of the list (most recently updated first, then by id), so sessions added meanwhile do not
 * shift it.
 */
public record SessionCursor(Instant updatedAt, SessionId id) {

    public SessionCursor {
        Require.present(updatedAt, "updated at");
        Require.present(id, "id");
    }

    public static SessionCursor after(Session session) {
        return new SessionCursor(session.updatedAt(), session.id());
    }
}
