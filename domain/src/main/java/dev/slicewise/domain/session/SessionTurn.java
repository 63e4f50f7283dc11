package dev.slicewise.domain.session;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Role;

/**
 * One answered turn to keep: the session as it is after the turn (made by it when {@code newSession}), the user's
 * message and the answer. The two messages are kept together or not at all.
 */
public record SessionTurn(Session session, boolean newSession, SessionMessage question, SessionMessage answer) {

    public SessionTurn {
        Require.present(session, "session");
        Require.present(question, "question");
        Require.present(answer, "answer");
        if (question.role() != Role.USER || answer.role() != Role.ASSISTANT) {
            throw new IllegalArgumentException("a turn is a user's message and the assistant's answer");
        }
        if (!question.session().equals(session.id()) || !answer.session().equals(session.id())) {
            throw new IllegalArgumentException("a turn's messages belong to its session");
        }
    }
}
