package dev.slicewise.adapter.llm.embedded.cad;

import dev.slicewise.domain.cad.Dimension;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartFamily;

import java.util.List;
import java.util.Optional;

/** What a number in a design request measures, told by the word next to it ("20 teeth", "Ø 40", "3 inch tall"). */
enum Role {
    TEETH(false),
    DIAMETER(true),
    /** A radius: it sets the diameter, twice as large. */
    RADIUS(true),
    INNER(true),
    HEIGHT(true),
    WIDTH(true),
    DEPTH(true),
    LENGTH(true),
    THICKNESS(true),
    WALL(true),
    MODULE(true),
    GRIPS(false),
    ANGLE(false),
    /** The legs of an L-bracket: both its length and its height ("legs of 60 mm"). */
    LEGS(true),
    ROWS(false),
    COLUMNS(false);

    private final boolean length;

    Role(boolean length) {
        this.length = length;
    }

    /** Whether the number is a length, converted from the message's unit; counts and angles are taken as written. */
    boolean length() {
        return length;
    }

    /** What the number is multiplied by for the parameter: a radius gives the diameter. */
    double factor() {
        return this == RADIUS ? 2 : 1;
    }

    /** The family's parameters this role sets: both legs of an L-bracket, else the one of {@link #parameterOf}. */
    List<String> parametersOf(PartFamily family) {
        if (this == LEGS) {
            return named(family, "length").isPresent() ? List.of("length", "height") : List.of();
        }
        return parameterOf(family).stream().toList();
    }

    /** The family's parameter this role sets, if the family has one. */
    Optional<String> parameterOf(PartFamily family) {
        return switch (this) {
            case TEETH -> named(family, "teeth");
            case MODULE -> named(family, "gear_module");
            case GRIPS -> named(family, "grips");
            case ANGLE -> named(family, "angle");
            case ROWS -> named(family, "rows");
            case COLUMNS -> named(family, "columns");
            case LEGS -> named(family, "length");
            case RADIUS -> DIAMETER.parameterOf(family);
            case DIAMETER -> switch (family) {
                case SPUR_GEAR -> Optional.of(Part.OUTSIDE_DIAMETER);
                case CABLE_CLIP -> Optional.of("cable_diameter");
                default -> family.parameterOf(Dimension.DIAMETER);
            };
            case INNER -> named(family, "hole_diameter").or(family::centreHoleParameter);
            case HEIGHT -> family.parameterOf(Dimension.HEIGHT);
            case WIDTH -> family.parameterOf(Dimension.WIDTH);
            case DEPTH -> family.parameterOf(Dimension.DEPTH);
            case LENGTH -> switch (family) {
                case TUBE, CYLINDER, HEX_SPACER -> Optional.of("height");
                default -> family.parameterOf(Dimension.DEPTH).or(() -> family.parameterOf(Dimension.WIDTH));
            };
            case THICKNESS -> named(family, "thickness").or(() -> named(family, "wall"));
            case WALL -> named(family, "wall").or(() -> named(family, "thickness"));
        };
    }

    private static Optional<String> named(PartFamily family, String name) {
        return family.parameter(name).map(spec -> name);
    }
}
