package dev.slicewise.domain.session;

import java.util.Optional;
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

    /** The id a client wrote, when it has the form of one (any other text names no session). */
    public static Optional<SessionId> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new SessionId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
