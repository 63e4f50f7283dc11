package dev.slicewise.adapter.llm.embedded.cad;

import dev.slicewise.domain.cad.LengthUnit;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartChange;
import dev.slicewise.domain.cad.PartDesign;
import dev.slicewise.domain.cad.PartFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartChangeReaderTest {

    private static final PartChangeReader READER = new PartChangeReader();

    static Stream<Arguments> followUps() {
        return Stream.of(
                Arguments.of(PartFamily.BOX, "make it 10 mm taller", "height", 40.0),
                Arguments.of(PartFamily.BOX, "Mach sie 10 mm höher", "height", 40.0),
                Arguments.of(PartFamily.BOX, "hazla 20% más ancha", "width", 72.0),
                Arguments.of(PartFamily.BOX, "un peu plus profonde", "depth", 44.0),
                Arguments.of(PartFamily.SPUR_GEAR, "Make the gear teeth longer", "addendum", 1.25),
                Arguments.of(PartFamily.SPUR_GEAR, "i denti più lunghi per favore", "addendum", 1.25),
                Arguments.of(PartFamily.SPUR_GEAR, "сделай зубья короче", "addendum", 0.75),
                Arguments.of(PartFamily.SPUR_GEAR, "齿加长一点", "addendum", 1.25),
                Arguments.of(PartFamily.SPUR_GEAR, "now 30 teeth", "teeth", 30.0),
                Arguments.of(PartFamily.CYLINDER, "add a 5 mm hole in the middle", "centre_hole", 5.0),
                Arguments.of(PartFamily.CYLINDER, "coloca um furo central de 8 mm", "centre_hole", 8.0),
                Arguments.of(PartFamily.HOLE_PLATE, "在中間開孔，用M4螺絲", "centre_hole", 4.5),
                Arguments.of(PartFamily.TUBE, "make the spacer 5 mm longer", "height", 20.0),
                Arguments.of(PartFamily.WASHER, "mais grossa, 3 mm de espessura", "thickness", 3.0),
                Arguments.of(PartFamily.KNOB, "高一点", "height", 16.5),
                Arguments.of(PartFamily.SPUR_GEAR, "10 mm thicker", "thickness", 18.0),
                Arguments.of(PartFamily.SPUR_GEAR, "jetzt 2 mm dicker und in OpenSCAD", "thickness", 10.0),
                Arguments.of(PartFamily.WASHER, "un poco más delgada", "thickness", 1.44),
                Arguments.of(PartFamily.BOX, "make it thicker", "wall", 2.2),
                Arguments.of(PartFamily.CYLINDER, "сделай на 3 мм толще", "height", 43.0),
                Arguments.of(PartFamily.HOLE_PLATE, "厚一点", "thickness", 3.3));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("followUps")
    void changesTheLastPart(PartFamily family, String message, String parameter, double expected) {
        Part last = Part.defaults(family);

        PartChange change = READER.read(message, last).orElseThrow(() -> new AssertionError("no change read: " + message));
        Part changed = ((PartDesign.Designed) change.applyTo(last)).part();

        assertEquals(expected, changed.value(parameter), 1e-9, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"now in inches", "jetzt in Zoll", "en pulgadas", "en pouces", "in pollici",
            "em polegadas", "в дюймах", "改成英寸", "換成英寸"})
    void nowInInches_showsTheSamePartInInches(String message) {
        Part last = Part.defaults(PartFamily.CYLINDER);

        Part changed = ((PartDesign.Designed) READER.read(message, last).orElseThrow().applyTo(last)).part();

        assertEquals(LengthUnit.INCH, changed.unit());
        assertEquals(last.values(), changed.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks, looks good", "what layer height should I use?", "谢谢"})
    void aMessageThatChangesNothing_givesNoChange(String message) {
        assertTrue(READER.read(message, Part.defaults(PartFamily.BOX)).isEmpty(), message);
    }

    @Test
    void aChangePastALimit_isRefusedByTheModel() {
        Part last = Part.defaults(PartFamily.BOX);

        assertInstanceOf(PartDesign.Refused.class, READER.read("make it 28 mm shorter", last).orElseThrow().applyTo(last));
    }
}
