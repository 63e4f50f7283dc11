package dev.slicewise.domain.cad;

import java.util.Arrays;
import java.util.Optional;

/** The language a part's code is written in ({@code code_language} on the wire). */
public enum CodeLanguage {
    /** JSCAD in the CSG.js style ({@code CSG.cube}, {@code union}, a {@code main()} returning the solid): the default. */
    JSCAD("jscad"),
    OPENSCAD("openscad");

    private final String wireName;

    CodeLanguage(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The language a wire name names, empty for any other text. */
    public static Optional<CodeLanguage> fromWire(String name) {
        return Arrays.stream(values()).filter(language -> language.wireName.equals(name)).findFirst();
    }
}
