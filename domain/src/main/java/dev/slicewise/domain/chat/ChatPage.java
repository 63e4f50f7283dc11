package dev.slicewise.domain.chat;

import dev.slicewise.domain.Require;

import java.util.Optional;

/**
 * One page of a user's chats, newest first: at most {@code limit} chats and, with {@code before}, only chats older
 * than that one (the last chat of the page before).
 */
public record ChatPage(int limit, Optional<ChatId> before) {

    /** The page the reference client gets when it names none: the newest chats. */
    public static final int DEFAULT_LIMIT = 20;
    /** With chats of the default largest size (512 KiB), a page of 50 is an answer of at most 25 MB. */
    public static final int MAX_LIMIT = 50;

    public ChatPage {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
        Require.present(before, "before_id");
    }

    /** The newest chats, as many as a page holds by default. */
    public static ChatPage newest() {
        return new ChatPage(DEFAULT_LIMIT, Optional.empty());
    }
}
