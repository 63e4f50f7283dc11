package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One message of a session as it is kept: who wrote it, its text, the actions an answer gave the client, the code of
 * the part it designed, the feedback it got, when it was written. A user message has no actions, code or feedback.
 */
public record SessionMessage(MessageId id, SessionId session, Role role, String content, List<AgentAction> actions,
                             Optional<PartCode> code, Optional<Feedback> feedback, Instant at) {

    /** The most a user may write in one message. */
    public static final int MAX_USER_TEXT_LENGTH = 10_000;

    public SessionMessage {
        Require.present(id, "id");
        Require.present(session, "session");
        Require.present(role, "role");
        Require.present(content, "content");
        actions = List.copyOf(Require.present(actions, "actions"));
        Require.present(code, "code");
        Require.present(feedback, "feedback");
        Require.present(at, "at");
        if (role == Role.USER && (!actions.isEmpty() || code.isPresent() || feedback.isPresent())) {
            throw new IllegalArgumentException("a user message has no actions, code or feedback");
        }
    }

    /** A message with no part code. */
    public SessionMessage(MessageId id, SessionId session, Role role, String content, List<AgentAction> actions,
                          Optional<Feedback> feedback, Instant at) {
        this(id, session, role, content, actions, Optional.empty(), feedback, at);
    }

    /** The message as the assistant reads it in a conversation. */
    public ChatMessage asChatMessage() {
        return new ChatMessage(role, content);
    }

    public SessionMessage withFeedback(Feedback newFeedback) {
        return new SessionMessage(id, session, role, content, actions, code, Optional.of(newFeedback), at);
    }
}
