package dev.slicewise.domain.session;

import java.util.Arrays;
import java.util.Optional;

/** What a user thought of an answer. */
public enum Rating {
    LIKE("like"),
    DISLIKE("dislike");

    private final String wireName;

    Rating(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Rating> fromWire(String name) {
        return Arrays.stream(values()).filter(rating -> rating.wireName.equals(name)).findFirst();
    }
}
