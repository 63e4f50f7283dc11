package dev.slicewise.domain.record;

import dev.slicewise.domain.Require;

import java.util.Optional;

/**
 * The feedback a record shows: a native answer's rating and comment, or a partner chat's feedback and its text (the
 * partner API rates the chat, so each of its turns shows the chat's).
 */
public record RecordFeedback(Optional<String> rating, Optional<String> content) {

    public RecordFeedback {
        Require.present(rating, "rating");
        Require.present(content, "content");
    }
}
