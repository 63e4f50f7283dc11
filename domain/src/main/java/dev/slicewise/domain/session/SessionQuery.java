package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;

import java.util.Optional;

/**
 * Which of an owner's sessions to list: at most {@code limit}, after the cursor when given, and with a keyword only
 * those whose title or any message's text contains it, ignoring case.
 */
public record SessionQuery(int limit, Optional<SessionCursor> after, Optional<String> keyword) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_KEYWORD_LENGTH = 200;

    public SessionQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
        }
        Require.present(after, "cursor");
        Require.present(keyword, "keyword");
        keyword.ifPresent(text -> Require.text(text, "keyword", MAX_KEYWORD_LENGTH));
    }
}
