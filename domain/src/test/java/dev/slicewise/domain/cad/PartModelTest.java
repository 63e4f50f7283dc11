package dev.slicewise.domain.cad;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartModelTest {

    @ParameterizedTest
    @EnumSource(PartFamily.class)
    void everyFamily_hasDefaultsThatPrint(PartFamily family) {
        assertInstanceOf(PartDesign.Designed.class, Part.design(family, LengthUnit.MM, Map.of()));
    }

    @Test
    void aGearWithFiveTeeth_isRefusedWithTheLimit() {
        assertEquals(List.of("teeth 5 is outside 6 to 200"), reasons(PartFamily.SPUR_GEAR, Map.of("teeth", 5.0)));
    }

    @Test
    void aWallThinnerThanTwoNozzleWidths_isRefusedSayingSo() {
        String reason = reasons(PartFamily.BOX, Map.of("wall", 0.5)).getFirst();

        assertTrue(reason.startsWith("wall 0.5 mm is outside 0.8 mm"), reason);
        assertTrue(reason.contains("two nozzle widths"), reason);
    }

    @Test
    void aSizeBeyondAPrinter_isRefusedInTheAskedUnit() {
        PartDesign design = Part.design(PartFamily.CYLINDER, LengthUnit.INCH, Map.of("height", 30 * 25.4));

        assertEquals(List.of("height 30 in is outside 0.0197 in to 19.685 in"), ((PartDesign.Refused) design).reasons());
    }

    @Test
    void aBoreWiderThanTheGearsRoot_isRefused() {
        String reason = reasons(PartFamily.SPUR_GEAR, Map.of("teeth", 10.0, "gear_module", 1.0, "bore", 8.0)).getFirst();

        assertTrue(reason.startsWith("bore 8 mm is too large"), reason);
    }

    @Test
    void tooManyHolesForThePlate_areRefused() {
        List<String> reasons = reasons(PartFamily.HOLE_PLATE, Map.of("width", 40.0, "columns", 10.0));

        assertEquals(List.of("10 columns of 3.4 mm holes do not fit in a width of 40 mm"), reasons);
    }

    @Test
    void aKnobWithTenGrips_isRefusedWithTheReason() {
        assertTrue(reasons(PartFamily.KNOB, Map.of("grips", 10.0)).getFirst().contains("multiple of 4"));
    }

    @Test
    void aGearAskedByItsOutsideDiameter_getsTheModuleThatGivesIt() {
        Part gear = designed(PartFamily.SPUR_GEAR, Map.of("teeth", 20.0, Part.OUTSIDE_DIAMETER, 40.0));

        assertEquals(40.0 / 22, gear.value("gear_module"), 1e-12);
        assertEquals(40, gear.geometry().measures().sizeX(), 1e-9);
    }

    @Test
    void tenMillimetresTaller_raisesTheFamilysHeight() {
        Part box = designed(PartFamily.BOX, Map.of("height", 30.0));
        Part gear = designed(PartFamily.SPUR_GEAR, Map.of("thickness", 8.0));

        assertEquals(40, changed(box, new PartChange.Resize(Dimension.HEIGHT, 10)).value("height"));
        assertEquals(18, changed(gear, new PartChange.Resize(Dimension.HEIGHT, 10)).value("thickness"));
    }

    @Test
    void longerTeeth_keepTheCountAndReachFurther() {
        Part gear = designed(PartFamily.SPUR_GEAR, Map.of("teeth", 20.0, "gear_module", 2.0));

        Part longer = changed(gear, new PartChange.ToothLength(0.25));

        assertEquals(20, longer.value("teeth"));
        assertEquals(45, longer.geometry().measures().sizeX(), 1e-9);
    }

    @Test
    void longerTeethOnABox_areRefused() {
        PartDesign design = new PartChange.ToothLength(0.25).applyTo(Part.defaults(PartFamily.BOX));

        assertEquals(List.of("a box has no teeth"), ((PartDesign.Refused) design).reasons());
    }

    @Test
    void aHoleInTheMiddle_setsTheBoreOrTheCentreHole() {
        assertEquals(5, changed(Part.defaults(PartFamily.CYLINDER), new PartChange.CentreHole(5)).value("centre_hole"));
        assertEquals(5, changed(Part.defaults(PartFamily.SPUR_GEAR), new PartChange.CentreHole(5)).value("bore"));
        assertInstanceOf(PartDesign.Refused.class, new PartChange.CentreHole(5).applyTo(Part.defaults(PartFamily.HOOK)));
    }

    @Test
    void nowInInches_keepsTheSizeAndShowsInches() {
        Part inches = changed(Part.defaults(PartFamily.CYLINDER), new PartChange.ConvertUnit(LengthUnit.INCH));

        assertEquals(30, inches.value("diameter"));
        assertTrue(JscadEmitter.emit(inches).contains("var diameter_in = 1.1811;"));
        assertTrue(OpenScadEmitter.emit(inches).contains("diameter = diameter_in * INCH;"));
    }

    @Test
    void aChangePastALimit_isRefused() {
        PartDesign design = new PartChange.Resize(Dimension.HEIGHT, -29.8).applyTo(Part.defaults(PartFamily.BOX));

        assertInstanceOf(PartDesign.Refused.class, design);
    }

    private static List<String> reasons(PartFamily family, Map<String, Double> asked) {
        return ((PartDesign.Refused) Part.design(family, LengthUnit.MM, asked)).reasons();
    }

    private static Part designed(PartFamily family, Map<String, Double> asked) {
        return ((PartDesign.Designed) Part.design(family, LengthUnit.MM, asked)).part();
    }

    private static Part changed(Part part, PartChange change) {
        return ((PartDesign.Designed) change.applyTo(part)).part();
    }
}
