package dev.slicewise.domain.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * What usage is summed by: the UTC day, the native key (partner turns form one group without a key), the user (as
 * the records name them), or the model that answered.
 */
public enum UsageGroup {
    DAY("day"),
    KEY("key"),
    USER("user"),
    MODEL("model");

    private final String wireName;

    UsageGroup(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<UsageGroup> fromWire(String name) {
        return Arrays.stream(values()).filter(group -> group.wireName.equals(name)).findFirst();
    }
}
