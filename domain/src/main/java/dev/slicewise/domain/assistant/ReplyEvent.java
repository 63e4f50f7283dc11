package dev.slicewise.domain.assistant;

/**
 * What an engine produces while it answers a turn: pieces of text as they are written, then exactly one
 * {@link Completed} with the whole answer. Only text streams: actions and setting changes travel in the completed
 * answer, after the guardrail has seen the whole proposal, so a streamed piece of text is never a setting change.
 */
public sealed interface ReplyEvent {

    /** The next piece of the reply's text, never empty. */
    record TextDelta(String text) implements ReplyEvent {

        public TextDelta {
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("a text delta has text");
            }
        }
    }

    /**
     * The whole answer. Its text is what the deltas spelled out, unless the engine rewrote it at the end (a model
     * whose tool call was repaired): the completed answer is the one that counts.
     */
    record Completed(AssistantAnswer answer) implements ReplyEvent {

        public Completed {
            if (answer == null) {
                throw new IllegalArgumentException("a completed event has an answer");
            }
        }
    }
}
