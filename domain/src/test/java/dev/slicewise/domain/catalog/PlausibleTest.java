package dev.slicewise.domain.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlausibleTest {

    private static final SettingsCatalog CATALOG = SettingsCatalog.standard();
    private static final Nozzle FOUR_TENTHS = Nozzle.DEFAULT;

    private static String moved(String key, String current, Direction direction) {
        Plausible plausible = CATALOG.plausible(key).orElseThrow();
        boolean whole = CATALOG.find(key).orElseThrow().type() == ValueType.INT;
        return plausible.moved(new BigDecimal(current), direction, FOUR_TENTHS, whole).toPlainString();
    }

    @Test
    void everyPlausibleRange_liesWithinTheHardLimits_forTheUsualNozzles() {
        List<String> wrong = new ArrayList<>();
        for (SettingDefinition definition : CATALOG.definitions()) {
            CATALOG.plausible(definition.key()).ifPresent(plausible -> {
                for (BigDecimal diameter : List.of(new BigDecimal("0.2"), new BigDecimal("0.4"), new BigDecimal("1.2"))) {
                    NumericRange range = plausible.range(new Nozzle(diameter));
                    if (!definition.limits().orElseThrow().contains(range)) {
                        wrong.add(definition.key() + " " + range + " with a " + diameter + " nozzle");
                    }
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSettingsUsersNameWithNumbers_haveAPlausibleRange() {
        List<String> keys = List.of("layer_height", "wall_loops", "top_shell_layers", "bottom_shell_layers",
                "sparse_infill_density", "brim_width", "outer_wall_speed", "inner_wall_speed", "nozzle_temperature",
                "initial_layer_print_height");
        assertEquals(List.of(), keys.stream().filter(key -> CATALOG.plausible(key).isEmpty()).toList());
    }

    @Test
    void aStepInTheSettingsUnit_movesByIt_andCountsStayWhole() {
        assertEquals("8", moved("brim_width", "5", Direction.UP));
        assertEquals("8", moved("top_shell_layers", "6", Direction.UP));
        assertEquals("0.16", moved("layer_height", "0.2", Direction.DOWN));
    }

    @Test
    void aShareStep_movesByAPartOfTheValue_toAWholeUnit() {
        assertEquals("96", moved("outer_wall_speed", "120", Direction.DOWN));
        assertEquals("192", moved("outer_wall_speed", "160", Direction.UP));
    }

    @Test
    void aMove_staysWithinThePlausibleRange() {
        assertEquals("0", moved("brim_width", "2", Direction.DOWN));
        assertEquals("20", moved("wall_loops", "20", Direction.UP));
        assertEquals("0.6", moved("layer_height", "0.58", Direction.UP));
    }
}
