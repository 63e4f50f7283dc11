package dev.slicewise.domain.conversation;

import dev.slicewise.domain.Require;

/** One message of a conversation; the content may be empty, never absent. */
public record ChatMessage(Role role, String content) {

    public ChatMessage {
        Require.present(role, "role");
        Require.present(content, "content");
    }

    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content);
    }
}
