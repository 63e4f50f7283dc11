package dev.slicewise.domain.cad;

import dev.slicewise.domain.cad.PartGeometry.Measures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the code of every part family, with its defaults and with asked dimensions, on both real engines and
 * measures what they build: it runs without error, it is closed (every edge used by exactly two faces, once in each
 * direction, after splitting T-junctions), it is as many separate solids as the part has, its volume is positive,
 * its bounding box is within 0.5% of the asked size, a point in every hole is outside it, and a gear has its teeth.
 */
class PartCodeRunsTest {

    private static final double TOLERANCE = 0.005;

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

    enum Engine { JSCAD, OPENSCAD }

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
                for (Engine engine : Engine.values()) {
                    cases.add(Arguments.of(engine, family, part.unit(), part));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} in {2}")
    @MethodSource("parts")
    void theCodeRuns_andBuildsOneClosedSolidOfTheAskedSize(Engine engine, PartFamily family, LengthUnit unit, Part part)
            throws Exception {
        Mesh mesh = switch (engine) {
            case JSCAD -> Engines.jscad(JscadEmitter.emit(part));
            case OPENSCAD -> Engines.openScad(OpenScadEmitter.emit(part));
        };
        Measures measures = part.geometry().measures();
        String context = engine + " " + family + " " + part.values();

        List<String> open = mesh.openEdges();
        assertTrue(open.isEmpty(), () -> context + ": not closed, " + open.size() + " edges such as "
                + open.subList(0, Math.min(3, open.size())));
        assertEquals(measures.solids(), mesh.solids(), context + ": separate solids");
        assertTrue(mesh.volume() > 0, context + ": volume " + mesh.volume());

        double[][] bounds = mesh.bounds();
        double[] size = {bounds[1][0] - bounds[0][0], bounds[1][1] - bounds[0][1], bounds[1][2] - bounds[0][2]};
        if (measures.round()) {
            within(measures.sizeX(), 2 * mesh.radius(), context + ": diameter");
        } else {
            within(measures.sizeX(), size[0], context + ": size X");
            within(measures.sizeY(), size[1], context + ": size Y");
        }
        within(measures.sizeZ(), size[2], context + ": size Z");

        for (double[] centre : measures.holeCentres()) {
            assertFalse(mesh.contains(centre), context + ": the hole at " + Arrays.toString(centre) + " is filled");
        }
        if (measures.teeth() > 0) {
            assertEquals(measures.teeth(), mesh.stretchesAround(measures.toothCountRadius(), measures.sizeZ() / 2, 720),
                    context + ": teeth");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void everyFamily_isAskedWithItsOwnDimensions(PartFamily family) {
        assertTrue(ASKED.containsKey(family), family + " has no asked dimensions");
    }

    static Set<PartFamily> families() {
        return EnumSet.allOf(PartFamily.class);
    }

    private static void within(double expected, double measured, String what) {
        if (Math.abs(measured - expected) > TOLERANCE * expected) {
            fail(what + ": measured " + measured + ", asked " + expected);
        }
    }
}
