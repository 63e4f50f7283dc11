package dev.slicewise.domain.session;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of a native conversation, {@code ses_} and 32 lower-case hex digits. */
public record SessionId(String value) {

    public static final String PREFIX = "ses_";
    private static final Pattern FORM = Pattern.compile(PREFIX + "[0-9a-f]{32}");

    public SessionId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a session id is ses_ and 32 lower-case hex digits");
        }
    }

    /** A new id, of 122 random bits (a random UUID's). */
    public static SessionId random() {
        return new SessionId(PREFIX + UUID.randomUUID().toString().replace("-", ""));
    }

    /** The id a client wrote, when it has the form of one (any other text names no session). */
    public static Optional<SessionId> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new SessionId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
