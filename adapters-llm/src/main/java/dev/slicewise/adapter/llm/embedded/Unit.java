package dev.slicewise.adapter.llm.embedded;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The unit written after a number in a message ("60 mm/s", "0,16mm", "215°C", "5%"), as spelt after normalisation
 * (NFKC: "mm/s²" reads "mm/s2", "℃" reads "°c"). It tells which setting a number is for: "outer wall 60 mm/s" is a
 * speed, never a count of walls.
 */
enum Unit {
    NONE(List.of(), List.of()),
    PERCENT(List.of("%"), List.of("%")),
    LENGTH(List.of("mm", "мм"), List.of("mm")),
    SPEED(List.of("mm/s", "мм/с"), List.of("mm/s")),
    ACCELERATION(List.of("mm/s2", "mm/s^2", "мм/с2"), List.of("mm/s²")),
    TEMPERATURE(List.of("°c", "c"), List.of("°C")),
    /** A bare degree: a temperature or an angle. */
    DEGREES(List.of("°", "度"), List.of("°C", "°"));

    private final List<String> spellings;
    private final List<String> catalogUnits;

    Unit(List<String> spellings, List<String> catalogUnits) {
        this.spellings = spellings;
        this.catalogUnits = catalogUnits;
    }

    /** The spellings of every unit, the longest first, for a regular expression. */
    static Stream<String> spellings() {
        return Stream.of(values()).flatMap(unit -> unit.spellings.stream())
                .sorted((a, b) -> b.length() - a.length());
    }

    static Unit spelt(String spelling) {
        String written = spelling.toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(unit -> unit.spellings.contains(written)).findFirst().orElse(NONE);
    }

    /**
     * Whether a number in this unit can be a value of a setting in the catalog's unit ({@code "mm/s"},
     * {@code "mm or %"}): a number without a unit can be any.
     */
    boolean fits(String catalogUnit) {
        if (this == NONE) {
            return true;
        }
        String main = catalogUnit.replace(" or %", "");
        return catalogUnits.contains(main) || (this == PERCENT && catalogUnit.endsWith("%"));
    }
}
