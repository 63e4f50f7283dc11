package dev.slicewise.domain.session;

import java.util.Optional;
import java.util.regex.Pattern;

/** The id of a message of a native conversation, {@code msg_} and 32 lower-case hex digits. */
public record MessageId(String value) {

    public static final String PREFIX = "msg_";
    private static final Pattern FORM = Pattern.compile(PREFIX + "[0-9a-f]{32}");

    public MessageId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a message id is msg_ and 32 lower-case hex digits");
        }
    }

    /** The id a client wrote, when it has the form of one (any other text names no message). */
    public static Optional<MessageId> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new MessageId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
