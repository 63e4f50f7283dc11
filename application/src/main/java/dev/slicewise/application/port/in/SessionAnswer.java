package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionMessage;

/**
 * The answer to a message of a kept conversation: the session as it is now, the answer as it was kept, the whole
 * reply (its recommendation included), how sure the classifier was of the intent, who answered, and whether the
 * reply was stopped while it streamed (then it is the text written so far, kept only when there is some).
 */
public record SessionAnswer(Session session, SessionMessage message, AssistantReply reply,
                            Classification classification, Provenance provenance, boolean stopped) {

    public SessionAnswer {
        Require.present(session, "session");
        Require.present(message, "message");
        Require.present(reply, "reply");
        Require.present(classification, "classification");
        Require.present(provenance, "provenance");
    }
}
