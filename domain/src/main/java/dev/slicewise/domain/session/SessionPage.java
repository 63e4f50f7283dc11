package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;

import java.util.List;

/** A page of sessions, in the list's order, and whether more come after it. */
public record SessionPage(List<SessionSummary> sessions, boolean hasMore) {

    public SessionPage {
        sessions = List.copyOf(Require.present(sessions, "sessions"));
    }
}
