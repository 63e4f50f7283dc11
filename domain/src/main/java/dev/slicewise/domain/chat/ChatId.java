package dev.slicewise.domain.chat;

/** The identifier the service gives a chat when it is created. */
public record ChatId(long value) {

    public ChatId {
        if (value <= 0) {
            throw new IllegalArgumentException("chat_id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
