package dev.slicewise.domain.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading values leniently, writing them in OrcaSlicer's form. */
class SettingValueWireFormTest {

    private static final SettingsCatalog CATALOG = SettingsCatalog.standard();

    @Test
    void percentages_areWrittenWithTheirSign() {
        assertEquals("15%", wire("sparse_infill_density", "15%"));
        assertEquals("40%", wire("sparse_infill_density", "40 %"));
        assertEquals("40%", wire("sparse_infill_density", "40"));
        assertEquals("12.5%", wire("sparse_infill_density", "12.50%"));
    }

    @Test
    void floats_areWrittenPlainly() {
        assertEquals("0.2", wire("layer_height", "0.2"));
        assertEquals("0.2", wire("layer_height", "0.20"));
        assertEquals("1", wire("print_flow_ratio", "1.0"));
        assertEquals("0.16", wire("layer_height", "0.16mm"));
        assertEquals("0.16", wire("layer_height", " 0.16 mm "));
        assertEquals("0.2", wire("layer_height", "0,2"));
        assertEquals("0.5", wire("layer_height", ".5"));
        assertEquals("0.3", wire("layer_height", "0.30000000000000004"));
        assertEquals("10000", wire("default_acceleration", "10000"));
        assertEquals("5000", wire("default_acceleration", "5000 mm/s²"));
        assertEquals("5000", wire("default_acceleration", "5000mm/s2"));
        assertEquals("-0.05", wire("xy_hole_compensation", "-0.05"));
    }

    @Test
    void wholeNumbers_areWrittenWithoutAFraction() {
        assertEquals("3", wire("wall_loops", "3"));
        assertEquals("3", wire("wall_loops", "3.0"));
        assertEquals("215", wire("nozzle_temperature", "215°C"));
        assertEquals("215", wire("nozzle_temperature", "215 ℃"));
        assertEquals("215", wire("nozzle_temperature", "215 C"));
        assertEquals("4", wire("top_shell_layers", "4 layers"));
        assertEquals(Refusal.NOT_A_WHOLE_NUMBER, refusal("wall_loops", "2.5"));
    }

    @Test
    void fanSpeeds_arePlainNumbersInPercent() {
        assertEquals("40", wire("fan_max_speed", "40%"));
        assertEquals("40", wire("fan_max_speed", "40"));
        assertEquals("80", wire("overhang_fan_speed", "80 %"));
    }

    @Test
    void switches_areWrittenAsOneOrZero() {
        for (String on : new String[] {"1", "true", "TRUE", "yes", "on"}) {
            assertEquals("1", wire("enable_support", on), on);
        }
        for (String off : new String[] {"0", "false", "No", "off"}) {
            assertEquals("0", wire("enable_support", off), off);
        }
        assertEquals(Refusal.NOT_ON_OR_OFF, refusal("enable_support", "maybe"));
    }

    @Test
    void enums_areWrittenAsOrcaSlicerSpellsThem_andUnknownValuesAreRefused() {
        assertEquals("normal(auto)", wire("support_type", "normal(auto)"));
        assertEquals("tree(auto)", wire("support_type", "Tree (auto)"));
        assertEquals("outer_only", wire("brim_type", "Outer only"));
        assertEquals("inner wall/outer wall", wire("wall_sequence", "Inner wall/Outer wall"));
        assertEquals("50%", wire("overhang_fan_threshold", "50 %"));
        assertEquals(Refusal.NOT_A_CHOICE, refusal("seam_position", "sideways"));
        assertEquals(Refusal.NOT_A_CHOICE, refusal("sparse_infill_pattern", "rectilinear-ish"));
    }

    @Test
    void floatOrPercent_keepsTheFormItWasGivenIn() {
        assertEquals("0.45", wire("line_width", "0.45"));
        assertEquals("0.45", wire("line_width", "0.45 mm"));
        assertEquals("110%", wire("line_width", "110%"));
        assertEquals("50", wire("small_perimeter_speed", "50mm/s"));
        assertEquals("50%", wire("small_perimeter_speed", "50 %"));
    }

    @Test
    void text_isKeptAsItIs() {
        assertEquals(" printed for the garden\n", wire("notes", " printed for the garden\n"));
        assertEquals("", wire("notes", ""));
        assertEquals("nil", wire("notes", "nil"));
    }

    @Test
    void absurdNumbers_areRefused() {
        assertEquals(Refusal.NOT_A_NUMBER, refusal("nozzle_temperature", "NaN"));
        assertEquals(Refusal.NOT_A_NUMBER, refusal("nozzle_temperature", "Infinity"));
        assertEquals(Refusal.NOT_A_NUMBER, refusal("nozzle_temperature", "1e400"));
        assertEquals(Refusal.NOT_A_NUMBER, refusal("nozzle_temperature", "2.1E2"));
        assertEquals(Refusal.NOT_A_NUMBER, refusal("nozzle_temperature", "12345678901"));
        assertEquals(Refusal.NOT_A_NUMBER, refusal("default_acceleration", "10,000"));
        assertEquals(Refusal.NOT_A_NUMBER, refusal("nozzle_temperature", "hot"));
        assertEquals(Refusal.NOT_A_NUMBER, refusal("nozzle_temperature", "-"));
    }

    @Test
    void numbersInAnotherUnit_areRefused() {
        assertEquals(Refusal.WRONG_UNIT, refusal("layer_height", "20 mm/s"));
        assertEquals(Refusal.WRONG_UNIT, refusal("nozzle_temperature", "410 F"));
        assertEquals(Refusal.WRONG_UNIT, refusal("layer_height", "50%"));
        assertEquals(Refusal.WRONG_UNIT, refusal("wall_loops", "3 walls"));
    }

    @Test
    void emptyAndOverlongValues_areRefused() {
        assertEquals(Refusal.EMPTY, refusal("nozzle_temperature", ""));
        assertEquals(Refusal.EMPTY, refusal("nozzle_temperature", "   "));
        assertEquals(Refusal.EMPTY, refusal("nozzle_temperature", "nil"));
        assertEquals(Refusal.EMPTY, refusal("enable_support", "NIL"));
        assertEquals(Refusal.TOO_LONG, refusal("notes", "x".repeat(SettingDefinition.MAX_TEXT_LENGTH + 1)));
        assertEquals(Refusal.TOO_LONG, refusal("seam_position", "x".repeat(SettingDefinition.MAX_VALUE_LENGTH + 1)));
        assertEquals(Refusal.TOO_LONG, refusal("layer_height", "0." + "1".repeat(1_000_000)));
    }

    @Test
    void amounts_writeZeroAndLargeNumbersPlainly() {
        assertEquals("0", new SettingValue.Amount(new BigDecimal("-0.000"), false).wire());
        assertEquals("100", new SettingValue.Amount(new BigDecimal("1E+2"), false).wire());
        assertEquals("0%", new SettingValue.Amount(BigDecimal.ZERO, true).wire());
    }

    private static String wire(String key, String raw) {
        ParsedValue parsed = CATALOG.find(key).orElseThrow().parse(raw);
        if (parsed instanceof ParsedValue.Valid(SettingValue value)) {
            return value.wire();
        }
        throw new AssertionError(key + " = " + raw + ": " + parsed);
    }

    private static Refusal refusal(String key, String raw) {
        ParsedValue parsed = CATALOG.find(key).orElseThrow().parse(raw);
        if (parsed instanceof ParsedValue.Invalid(Refusal refusal)) {
            return refusal;
        }
        throw new AssertionError(key + " = " + raw + " should be refused: " + parsed);
    }
}
