package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * A user's word on an answer: a rating, a comment, or both; a rating withdrawn is an empty rating. The newest feedback
 * on a message replaces the one before.
 */
public record Feedback(Optional<Rating> rating, Optional<String> comment, Instant at) {

    public static final int MAX_COMMENT_LENGTH = 2_000;

    public Feedback {
        Require.present(rating, "rating");
        Require.present(comment, "content");
        comment.ifPresent(text -> Require.text(text, "content", MAX_COMMENT_LENGTH));
        Require.present(at, "at");
    }
}
