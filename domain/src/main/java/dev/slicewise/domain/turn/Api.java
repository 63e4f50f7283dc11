package dev.slicewise.domain.turn;

import java.util.Locale;

/**
 * The door a turn came through: the partner API ({@code /ent/partners/api/elegoo/}), Slicewise's own API, or its
 * OpenAI-compatible door ({@code /v1/}).
 */
public enum Api {
    PARTNER("partner"),
    NATIVE("native"),
    /** Part of the native API in records (its callers hold native keys); a door of its own in metrics. */
    OPENAI("native");

    private final String wireName;

    Api(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code api} of a record: {@code partner} or {@code native}. */
    public String wireName() {
        return wireName;
    }

    /** The name in metrics and logs: {@code partner}, {@code native}, {@code openai}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
