package dev.slicewise.domain.apikey;

import java.util.Optional;
import java.util.regex.Pattern;

/** The public id of an API key, {@code key_} and 32 lower-case hex digits; never a secret. */
public record ApiKeyId(String value) {

    public static final String PREFIX = "key_";
    private static final Pattern FORM = Pattern.compile(PREFIX + "[0-9a-f]{32}");

    public ApiKeyId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an API key id is key_ and 32 lower-case hex digits");
        }
    }

    /** The id a client wrote, when it has the form of one (any other text names no key). */
    public static Optional<ApiKeyId> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new ApiKeyId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
