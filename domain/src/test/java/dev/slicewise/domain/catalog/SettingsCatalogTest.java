package dev.slicewise.domain.catalog;

import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsCatalogTest {

    private static final SettingsCatalog CATALOG = SettingsCatalog.standard();
    private static final Set<String> MATERIAL_KEYS = Set.of("nozzle_temperature", "nozzle_temperature_initial_layer",
            "hot_plate_temp", "hot_plate_temp_initial_layer", "textured_plate_temp", "textured_plate_temp_initial_layer",
            "fan_min_speed", "fan_max_speed", "filament_max_volumetric_speed", "filament_retraction_length");

    @Test
    void standardCatalog_isReadOnce() {
        assertSame(SettingsCatalog.standard(), SettingsCatalog.standard());
    }

    @Test
    void find_knowsOrcaSlicerKeys_andNothingElse() {
        SettingDefinition density = CATALOG.find("sparse_infill_density").orElseThrow();
        assertEquals(Scope.PROCESS, density.scope());
        assertEquals(ValueType.PERCENT, density.type());
        assertEquals(Optional.of(new NumericRange(BigDecimal.ZERO, new BigDecimal(100))), density.limits());

        SettingDefinition nozzle = CATALOG.find("nozzle_temperature").orElseThrow();
        assertEquals(Scope.FILAMENT, nozzle.scope());
        assertEquals("°C", nozzle.unit());

        assertEquals(List.of("normal(auto)", "tree(auto)", "normal(manual)", "tree(manual)"),
                CATALOG.find("support_type").orElseThrow().choices());
        assertEquals(Optional.empty(), CATALOG.find("temperature"));
        assertEquals(Optional.empty(), CATALOG.find("Layer_Height"));
    }

    /**
     * The reference server's 86 filament and 255 process keys, but for the two OrcaSlicer does not define (a client
     * would fail on them), and the printer keys the assistant reads. Whether the file agrees with OrcaSlicer's facts
     * is checked by {@code tools/catalog/generate_catalog.py --check}, outside the build.
     */
    @Test
    void theCatalog_holdsTheReferenceKeysOrcaSlicerDefines_andThePrinterKeys() {
        Map<Scope, Long> byScope = CATALOG.definitions().stream()
                .collect(Collectors.groupingBy(SettingDefinition::scope, Collectors.counting()));

        assertEquals(Map.of(Scope.FILAMENT, 84L, Scope.PROCESS, 255L, Scope.PRINTER, 19L), byScope);
        assertEquals(Optional.empty(), CATALOG.find("filament_retract_lift_above_enforce"));
        assertEquals(Optional.empty(), CATALOG.find("filament_retract_lift_below_enforce"));
    }

    /** OrcaSlicer's option type where the reference server's is wrong: coPercents and a coEnums. */
    @Test
    void orcaSlicersType_winsOverTheReferenceServers() {
        assertEquals(ValueType.PERCENT, CATALOG.find("filament_shrink").orElseThrow().type());
        assertEquals(ValueType.PERCENT, CATALOG.find("filament_retract_before_wipe").orElseThrow().type());
        assertEquals(ValueType.ENUM, CATALOG.find("filament_retract_lift_enforce").orElseThrow().type());
    }

    /** OrcaSlicer's max_temp (1500 °C, for glass) is capped at 500 °C, past what any FFF hotend reaches. */
    @Test
    void noTemperatureLimit_liesBeyond500Degrees() {
        NumericRange plusMinus500 = NumericRange.parse("-500..500");
        List<String> wrong = CATALOG.definitions().stream().filter(d -> d.unit().contains("°C"))
                .filter(d -> !plusMinus500.contains(d.limits().orElseThrow())).map(SettingDefinition::key).toList();

        assertEquals(List.of(), wrong);
        assertEquals(NumericRange.parse("0..500"), CATALOG.find("nozzle_temperature").orElseThrow().limits().orElseThrow());
    }

    /** OrcaSlicer's source says {@code def->max = 0; def->max = 20;}: a typo for the minimum. */
    @Test
    void filamentCoolingMoves_runFrom0To20() {
        assertEquals(NumericRange.parse("0..20"), CATALOG.find("filament_cooling_moves").orElseThrow().limits().orElseThrow());
    }

    /** OrcaSlicer gives bottom_surface_pattern and internal_solid_infill_pattern top_surface_pattern's values. */
    @Test
    void theOtherSurfacePatterns_takeTheTopSurfacePatternsValues() {
        List<String> top = CATALOG.find("top_surface_pattern").orElseThrow().choices();

        assertTrue(top.contains("monotonicline"), top.toString());
        assertEquals(top, CATALOG.find("bottom_surface_pattern").orElseThrow().choices());
        assertEquals(top, CATALOG.find("internal_solid_infill_pattern").orElseThrow().choices());
    }

    @Test
    void theAssistantCanReadThePrinterSettings_butNeverChangeThem() {
        SettingDefinition nozzle = CATALOG.find("nozzle_diameter").orElseThrow();
        assertEquals(Scope.PRINTER, nozzle.scope());
        assertTrue(!nozzle.overridable());
        assertTrue(CATALOG.definitions().stream().filter(d -> d.scope() == Scope.PRINTER).noneMatch(SettingDefinition::overridable));
    }

    @Test
    void scriptsGcodeAndPresetBookkeeping_areReadOnly() {
        for (String key : List.of("post_process", "filament_start_gcode", "filament_end_gcode", "filament_type",
                "filament_settings_id", "print_settings_id", "compatible_prints", "chamber_temperatures")) {
            assertTrue(!CATALOG.find(key).orElseThrow().overridable(), key);
        }
    }

    @Test
    void filamentOverridesOfPrinterSettings_mayBeUnsetInAPreset() {
        SettingDefinition retraction = CATALOG.find("filament_retraction_length").orElseThrow();
        assertTrue(retraction.nullable());
        assertEquals(Scope.FILAMENT, retraction.scope());
        assertEquals(new ParsedValue.Valid(new SettingValue.Unset()), retraction.parse("nil"));
    }

    @Test
    void displayName_isTranslatedForTheMostUsedSettings() {
        assertEquals("Layer height", CATALOG.displayName("layer_height", Language.EN));
        assertEquals("Schichthöhe", CATALOG.displayName("layer_height", Language.DE));
        assertEquals("层高", CATALOG.displayName("layer_height", Language.ZH_CN));
        assertEquals("Температура сопла", CATALOG.displayName("nozzle_temperature", Language.RU));
        assertEquals("Densidade do preenchimento", CATALOG.displayName("sparse_infill_density", Language.PT_BR));
    }

    @Test
    void displayName_fallsBackToTheEnglishLabel_thenToTheKey() {
        assertEquals("Gap infill speed", CATALOG.displayName("gap_infill_speed", Language.FR));
        assertEquals("Slicing Mode", CATALOG.displayName("slicing_mode", Language.ZH_TW));
        assertEquals("no_such_setting", CATALOG.displayName("no_such_setting", Language.IT));
    }

    @Test
    void everyMaterial_hasARangeForEachMaterialDependentSetting() {
        for (Material material : Material.values()) {
            for (String key : MATERIAL_KEYS) {
                assertTrue(CATALOG.materialRange(material, key).isPresent(), material + " " + key);
            }
        }
        assertEquals(Optional.empty(), CATALOG.materialRange(Material.PLA, "layer_height"));
    }

    @Test
    void materialRanges_lieWithinTheHardLimits_ofChangeableFilamentSettings() {
        List<String> wrong = new ArrayList<>();
        for (Material material : Material.values()) {
            for (String key : MATERIAL_KEYS) {
                SettingDefinition definition = CATALOG.find(key).orElseThrow();
                NumericRange range = CATALOG.materialRange(material, key).orElseThrow();
                if (definition.scope() != Scope.FILAMENT || !definition.overridable()
                        || !definition.limits().orElseThrow().contains(range)) {
                    wrong.add(material + " " + key + " " + range);
                }
                if (definition.type() == ValueType.INT && !(whole(range.min()) && whole(range.max()))) {
                    wrong.add(material + " " + key + " needs whole numbers");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void materialRanges_areTheOnesAnExpertExpects() {
        assertEquals(NumericRange.parse("190..230"), CATALOG.materialRange(Material.PLA, "nozzle_temperature").orElseThrow());
        assertEquals(NumericRange.parse("220..260"), CATALOG.materialRange(Material.PETG, "nozzle_temperature").orElseThrow());
        assertEquals(NumericRange.parse("240..270"), CATALOG.materialRange(Material.ABS, "nozzle_temperature").orElseThrow());
        assertEquals(NumericRange.parse("210..240"), CATALOG.materialRange(Material.TPU, "nozzle_temperature").orElseThrow());
        assertTrue(CATALOG.materialRange(Material.PLA, "fan_max_speed").orElseThrow().contains(new BigDecimal(100)));
        assertTrue(CATALOG.materialRange(Material.ASA, "fan_min_speed").orElseThrow().max().intValue() <= 30);
        assertTrue(CATALOG.materialRange(Material.TPU, "filament_max_volumetric_speed").orElseThrow().max().intValue() <= 10);
    }

    @Test
    void wholeNumberSettings_haveWholeNumberLimits() {
        List<String> wrong = CATALOG.definitions().stream().filter(d -> d.type() == ValueType.INT)
                .filter(d -> !whole(d.limits().orElseThrow().min()) || !whole(d.limits().orElseThrow().max()))
                .map(SettingDefinition::key).toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    void enumValues_stayDistinct_whenReadLoosely() {
        for (SettingDefinition definition : CATALOG.definitions()) {
            Set<String> loose = definition.choices().stream().map(ValueParser::loosely).collect(Collectors.toSet());
            assertEquals(definition.choices().size(), loose.size(), definition.key());
        }
    }

    @Test
    void everyLabel_namesOneSetting() {
        List<String> labels = CATALOG.definitions().stream().map(SettingDefinition::label).toList();
        assertEquals(labels.size(), Set.copyOf(labels).size());
    }

    private static boolean whole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }
}
