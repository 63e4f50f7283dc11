package dev.slicewise.domain.catalog;

import java.util.Arrays;

/** The type of one value of a setting, as OrcaSlicer writes it. */
public enum ValueType {
    /** {@code "0.2"} */
    FLOAT("float"),
    /** {@code "15%"} */
    PERCENT("percent"),
    /** {@code "0.42"} (millimetres or mm/s) or {@code "100%"} (of another setting) */
    FLOAT_OR_PERCENT("float-or-percent"),
    /** {@code "3"} */
    INT("int"),
    /** {@code "1"} or {@code "0"} */
    BOOL("bool"),
    /** one of the setting's values, e.g. {@code "normal(auto)"} */
    ENUM("enum"),
    /** free text */
    STRING("string");

    private final String catalogName;

    ValueType(String catalogName) {
        this.catalogName = catalogName;
    }

    public boolean numeric() {
        return this == FLOAT || this == PERCENT || this == FLOAT_OR_PERCENT || this == INT;
    }

    static ValueType fromCatalogName(String name) {
        return Arrays.stream(values()).filter(type -> type.catalogName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown value type " + name));
    }
}
