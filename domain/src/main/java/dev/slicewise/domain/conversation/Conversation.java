package dev.slicewise.domain.conversation;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.cad.Part;

import java.util.List;
import java.util.Optional;

/**
 * The whole history the client sends with each request, oldest first. Never empty. A kept session also knows the
 * newest part its answers designed ({@code lastPart}), which a follow-up ("10 mm taller", "now in inches") changes;
 * a history the client sends has none.
 */
public record Conversation(List<ChatMessage> messages, Optional<Part> lastPart) {

    public Conversation {
        Require.present(messages, "messages");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
        Require.present(lastPart, "lastPart");
    }

    /** A history without a designed part. */
    public Conversation(List<ChatMessage> messages) {
        this(messages, Optional.empty());
    }

    public static Conversation of(ChatMessage... messages) {
        return new Conversation(List.of(messages));
    }

    /** The text of the newest user message, if the user has said anything. */
    public Optional<String> latestUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.USER) {
                return Optional.of(messages.get(i).content());
            }
        }
        return Optional.empty();
    }

    public long userMessageCount() {
        return messages.stream().filter(m -> m.role() == Role.USER).count();
    }
}
