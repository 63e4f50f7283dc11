package dev.slicewise.domain.turn;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionId;

import java.util.Optional;

/**
 * What was said in a recorded turn and where, for the operator's records: the API it came through, the end user a
 * native caller named ({@code user}), the native session and the id its answer is kept under (whose feedback the
 * records show), the user's message (the last one of the conversation the client sent; empty for a plate analysis
 * without text) and the answer's text.
 */
public record Exchange(
        Api api,
        Optional<String> endUser,
        Optional<SessionId> sessionId,
        Optional<MessageId> answerId,
        String userMessage,
        String botMessage) {

    public Exchange {
        Require.present(api, "api");
        Require.present(endUser, "user");
        Require.present(sessionId, "session_id");
        Require.present(answerId, "answer_id");
        Require.present(userMessage, "user_message");
        Require.present(botMessage, "bot_message");
    }

    /** A partner turn: no end user, session or kept answer of the native API. */
    public static Exchange partner(String userMessage, String botMessage) {
        return new Exchange(Api.PARTNER, Optional.empty(), Optional.empty(), Optional.empty(), userMessage, botMessage);
    }
}
