package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;

import java.util.List;

/** A page of a session's messages, in the order asked for, and whether more come after it in that order. */
public record MessagePage(List<SessionMessage> messages, boolean hasMore) {

    public MessagePage {
        messages = List.copyOf(Require.present(messages, "messages"));
    }
}
