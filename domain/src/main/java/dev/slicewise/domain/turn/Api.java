package dev.slicewise.domain.turn;

import java.util.Locale;

/** The door a turn came through: the partner API, Slicewise's own API, or the OpenAI-compatible one. */
public enum Api {
    PARTNER,
    NATIVE,
    OPENAI;

    /** The name in metrics and logs: {@code partner}, {@code native}, {@code openai}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
