package dev.slicewise.domain.cad;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The language a part's code is written in ({@code code_language} on the wire). */
public enum CodeLanguage {
    /** JSCAD in the CSG.js style ({@code CSG.cube}, {@code union}, a {@code main()} returning the solid): the default. */
    JSCAD("jscad"),
    OPENSCAD("openscad");

    /** A language named as a word of a message ("in OpenSCAD", "als JSCAD", "用openscad"). */
    private static final Pattern NAMED = Pattern.compile("(?<![a-z])(open ?scad|jscad)(?![a-z])");

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

    /** The language a message names ("now in OpenSCAD"), empty when it names none or both. */
    public static Optional<CodeLanguage> namedIn(String message) {
        List<CodeLanguage> named = NAMED.matcher(message.toLowerCase(Locale.ROOT)).results()
                .map(found -> found.group(1).equals("jscad") ? JSCAD : OPENSCAD).distinct().toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }
}
