package dev.slicewise.domain.turn;

/**
 * The API a turn came through: the partner API ({@code /ent/partners/api/elegoo/}) or Slicewise's own, whose OpenAI
 * compatible door ({@code /v1/}) is part of it (its callers hold native keys).
 */
public enum Api {
    PARTNER("partner"),
    NATIVE("native");

    private final String wireName;

    Api(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
