package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;

import java.util.List;

/** A slice of a session's history, oldest first, and how many messages the session holds in all. */
public record HistoryPage(List<SessionMessage> messages, int total) {

    public HistoryPage {
        messages = List.copyOf(Require.present(messages, "messages"));
        if (total < messages.size()) {
            throw new IllegalArgumentException("a history holds at least the messages of its page");
        }
    }
}
