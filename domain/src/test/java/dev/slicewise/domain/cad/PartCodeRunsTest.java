package dev.slicewise.domain.cad;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the code of every part family, with its defaults and with asked dimensions, on both real engines and
 * measures what they build ({@link PartCodeCheck}).
 */
class PartCodeRunsTest {

    /** Asked dimensions for each family (lengths in millimetres), in the unit a user would ask them. */
    private static final Map<PartFamily, List<Asked>> ASKED = Map.ofEntries(
            entry(PartFamily.BOX, List.of(
                    new Asked(LengthUnit.MM, Map.of("width", 80.0, "depth", 60.0, "height", 40.0)),
                    new Asked(LengthUnit.CM, Map.of("width", 100.0, "depth", 70.0, "height", 50.0, "wall", 2.4,
                            "lid", 1.0, "centre_hole", 6.0)))),
            entry(PartFamily.CYLINDER, List.of(
                    new Asked(LengthUnit.INCH, Map.of("diameter", 25.4, "height", 76.2, "centre_hole", 5.0)))),
            entry(PartFamily.TUBE, List.of(
                    new Asked(LengthUnit.MM, Map.of("outer_diameter", 30.0, "inner_diameter", 22.0, "height", 40.0)))),
            entry(PartFamily.WASHER, List.of(
                    new Asked(LengthUnit.MM, Map.of("outer_diameter", 24.0, "inner_diameter", 13.0, "thickness", 2.5)))),
            entry(PartFamily.SPUR_GEAR, List.of(
                    new Asked(LengthUnit.MM, Map.of("teeth", 20.0, Part.OUTSIDE_DIAMETER, 40.0, "thickness", 6.0,
                            "bore", 8.0)),
                    new Asked(LengthUnit.MM, Map.of("teeth", 7.0, "gear_module", 3.0, "bore", 0.0)))),
            entry(PartFamily.HOLE_PLATE, List.of(
                    new Asked(LengthUnit.MM, Map.of("width", 100.0, "depth", 50.0, "columns", 4.0, "rows", 2.0,
                            "centre_hole", 6.0)))),
            entry(PartFamily.L_BRACKET, List.of(
                    new Asked(LengthUnit.MM, Map.of("length", 60.0, "height", 30.0, "width", 25.0, "thickness", 5.0,
                            "hole_diameter", 5.5)))),
            entry(PartFamily.HOOK, List.of(
                    new Asked(LengthUnit.MM, Map.of("height", 80.0, "depth", 40.0, "width", 20.0, "thickness", 5.0,
                            "lip_height", 20.0, "hole_diameter", 5.0)))),
            entry(PartFamily.KNOB, List.of(
                    new Asked(LengthUnit.INCH, Map.of("diameter", 38.1, "height", 19.05, "shaft_diameter", 6.35,
                            "shaft_depth", 12.7, "grips", 16.0, "shaft_flat", 0.0)))),
            entry(PartFamily.CABLE_CLIP, List.of(
                    new Asked(LengthUnit.MM, Map.of("cable_diameter", 10.0, "wall", 2.0, "width", 12.0,
                            "tab_length", 14.0, "hole_diameter", 4.0)))),
            entry(PartFamily.PHONE_STAND, List.of(
                    new Asked(LengthUnit.MM, Map.of("depth", 100.0, "width", 80.0, "height", 110.0, "angle", 70.0,
                            "slot", 14.0)))),
            entry(PartFamily.HEX_SPACER, List.of(
                    new Asked(LengthUnit.MM, Map.of("across_flats", 8.0, "height", 30.0, "bore", 4.0)))));

    private record Asked(LengthUnit unit, Map<String, Double> values) {
    }

    static Stream<Arguments> parts() {
        List<Arguments> cases = new ArrayList<>();
        for (PartFamily family : PartFamily.values()) {
            List<Part> parts = new ArrayList<>();
            parts.add(Part.defaults(family));
            for (Asked asked : ASKED.get(family)) {
                PartDesign design = Part.design(family, asked.unit(), asked.values());
                if (!(design instanceof PartDesign.Designed designed)) {
                    throw new IllegalStateException(family + " " + asked + ": " + design);
                }
                parts.add(designed.part());
            }
            for (Part part : parts) {
                for (CodeLanguage language : CodeLanguage.values()) {
                    cases.add(Arguments.of(language, family, part.unit(), part));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} in {2}")
    @MethodSource("parts")
    void theCodeRuns_andBuildsOneClosedSolidOfTheAskedSize(CodeLanguage language, PartFamily family, LengthUnit unit,
                                                           Part part) throws Exception {
        PartCodeCheck.buildsThePart(language, PartCode.of(part, language).text(), part);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void everyFamily_isAskedWithItsOwnDimensions(PartFamily family) {
        assertTrue(ASKED.containsKey(family), family + " has no asked dimensions");
    }

    static Set<PartFamily> families() {
        return EnumSet.allOf(PartFamily.class);
    }
}
