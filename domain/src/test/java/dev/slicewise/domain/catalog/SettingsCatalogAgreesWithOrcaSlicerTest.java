package dev.slicewise.domain.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog against the shared OrcaSlicer facts it was generated from (tools/catalog/generate_catalog.py). */
class SettingsCatalogAgreesWithOrcaSlicerTest {

    private static final SettingsCatalog CATALOG = SettingsCatalog.standard();
    private static final Map<String, Object> OPTIONS = SharedData.object("data/orcaslicer/options.json");
    private static final Map<String, Object> REFERENCE = SharedData.object("data/orcaslicer/reference-overridable-keys.json");

    /** Overridable in the reference server, but not OrcaSlicer options: the client would fail on them. */
    private static final Set<String> NOT_IN_ORCASLICER =
            Set.of("filament_retract_lift_above_enforce", "filament_retract_lift_below_enforce");
    /** Where OrcaSlicer's option type, not the reference server's, is right (coPercents, coEnums). */
    private static final Map<String, ValueType> ORCASLICER_TYPE_WINS = Map.of(
            "filament_shrink", ValueType.PERCENT,
            "filament_retract_before_wipe", ValueType.PERCENT,
            "filament_retract_lift_enforce", ValueType.ENUM);
    private static final Map<String, String> LEGACY = Map.of("chamber_temperatures", "chamber_temperature");
    private static final BigDecimal SLICEWISE_MAX_TEMP = new BigDecimal(500);

    @Test
    void everyReferenceFilamentKey_isAFilamentSettingOfACompatibleType() {
        assertEquals(List.of(), mismatches(referenceKeys("filament"), Scope.FILAMENT));
    }

    @Test
    void everyReferenceProcessKey_isAProcessSettingOfACompatibleType() {
        assertEquals(List.of(), mismatches(referenceKeys("process"), Scope.PROCESS));
    }

    @Test
    void referenceKeysOrcaSlicerDoesNotDefine_areNotInTheCatalog() {
        assertEquals(86 + 255, referenceKeys("filament").size() + referenceKeys("process").size());
        NOT_IN_ORCASLICER.forEach(key -> {
            assertTrue(referenceKeys("filament").containsKey(key), key);
            assertTrue(option(key).isEmpty(), key);
            assertEquals(Optional.empty(), CATALOG.find(key));
        });
    }

    @Test
    void onlyReferenceKeys_areOverridable() {
        Set<String> reference = new HashSet<>(referenceKeys("filament").keySet());
        reference.addAll(referenceKeys("process").keySet());
        List<String> extra = CATALOG.definitions().stream().filter(SettingDefinition::overridable)
                .map(SettingDefinition::key).filter(key -> !reference.contains(key)).toList();
        assertEquals(List.of(), extra);
    }

    @Test
    void everySetting_hasOrcaSlicersOptionType_andAScopeThatFitsIt() {
        List<String> wrong = new ArrayList<>();
        for (SettingDefinition definition : CATALOG.definitions()) {
            Map<String, Object> option = option(definition.key()).orElseThrow(() -> new AssertionError(definition.key()));
            String type = (String) option.get("type");
            boolean vector = type.endsWith("s");
            // a list in a process preset travels as one string, and a recommendation never changes it
            boolean listInAProcessPreset = definition.scope() == Scope.PROCESS && vector;
            ValueType expected = listInAProcessPreset ? ValueType.STRING : valueType(type.replaceFirst("s$", ""));
            boolean scopeFits = switch (definition.scope()) {
                case FILAMENT -> vector;
                case PROCESS -> !vector || !definition.overridable();
                case PRINTER -> true;
            };
            if (definition.type() != expected || !scopeFits) {
                wrong.add(definition.key() + " " + definition.scope() + " " + definition.type() + " vs " + type);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyHardLimit_isOrcaSlicersWhereItSetsOne() {
        List<String> wrong = new ArrayList<>();
        for (SettingDefinition definition : CATALOG.definitions()) {
            if (definition.limits().isEmpty()) {
                continue;
            }
            Map<String, Object> option = option(definition.key()).orElseThrow();
            NumericRange limits = definition.limits().get();
            orcaLimit(definition.key(), option.get("min"), "min").ifPresent(min -> {
                if (min.compareTo(limits.min()) != 0) {
                    wrong.add(definition.key() + " min " + limits.min() + " vs OrcaSlicer " + min);
                }
            });
            orcaLimit(definition.key(), option.get("max"), "max").ifPresent(max -> {
                if (max.compareTo(limits.max()) != 0) {
                    wrong.add(definition.key() + " max " + limits.max() + " vs OrcaSlicer " + max);
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyEnum_hasOrcaSlicersValues() {
        List<String> wrong = new ArrayList<>();
        for (SettingDefinition definition : CATALOG.definitions()) {
            if (definition.type() != ValueType.ENUM) {
                continue;
            }
            Object values = option(definition.key()).orElseThrow().get("enum_values");
            if (values instanceof List<?> list ? !list.equals(definition.choices())
                    : !definition.choices().equals(topSurfacePatterns())) {
                wrong.add(definition.key() + " " + definition.choices() + " vs OrcaSlicer " + values);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** OrcaSlicer gives bottom_surface_pattern and internal_solid_infill_pattern top_surface_pattern's values. */
    private static List<?> topSurfacePatterns() {
        return (List<?>) option("top_surface_pattern").orElseThrow().get("enum_values");
    }

    private static List<String> mismatches(Map<String, Object> reference, Scope scope) {
        List<String> wrong = new ArrayList<>();
        reference.forEach((key, type) -> {
            if (NOT_IN_ORCASLICER.contains(key)) {
                return;
            }
            Optional<SettingDefinition> definition = CATALOG.find(key);
            Set<ValueType> expected = ORCASLICER_TYPE_WINS.containsKey(key)
                    ? Set.of(ORCASLICER_TYPE_WINS.get(key)) : referenceTypes((String) type, scope);
            if (definition.isEmpty()) {
                wrong.add(key + " is missing");
            } else if (definition.get().scope() != scope || !expected.contains(definition.get().type())) {
                wrong.add(key + ": " + definition.get().scope() + " " + definition.get().type() + " vs " + type);
            }
        });
        return wrong;
    }

    /**
     * The catalog types that fit the reference server's pydantic type: for a filament list its element's; a list in
     * a process preset is one string; its "float" also stands for OrcaSlicer's percentages (it sends 20, the
     * catalog writes OrcaSlicer's own "20%").
     */
    private static Set<ValueType> referenceTypes(String type, Scope scope) {
        if (type.startsWith("List[") && scope == Scope.PROCESS) {
            return Set.of(ValueType.STRING);
        }
        String element = type.startsWith("List[") ? type.substring(5, type.length() - 1) : type;
        if (element.startsWith("Literal[")) {
            return Set.of(ValueType.ENUM);
        }
        return switch (element) {
            case "float" -> Set.of(ValueType.FLOAT, ValueType.PERCENT);
            case "int" -> Set.of(ValueType.INT);
            case "bool" -> Set.of(ValueType.BOOL);
            case "str" -> Set.of(ValueType.STRING);
            case "Union[float, Percentage]" -> Set.of(ValueType.FLOAT_OR_PERCENT);
            default -> throw new AssertionError("unexpected reference type " + type);
        };
    }

    private static ValueType valueType(String scalarOptionType) {
        return switch (scalarOptionType) {
            case "coFloat" -> ValueType.FLOAT;
            case "coPercent" -> ValueType.PERCENT;
            case "coFloatOrPercent" -> ValueType.FLOAT_OR_PERCENT;
            case "coInt" -> ValueType.INT;
            case "coBool" -> ValueType.BOOL;
            case "coEnum" -> ValueType.ENUM;
            case "coString" -> ValueType.STRING;
            default -> throw new AssertionError("unexpected option type " + scalarOptionType);
        };
    }

    /**
     * A limit as OrcaSlicer's source writes it ("0.1f", "1.", "max_temp"), when it sets one the catalog must follow.
     * Its max_temp (1500 °C) is capped at 500 °C; filament_cooling_moves says {@code def->max = 0; def->max = 20;}.
     */
    private static Optional<BigDecimal> orcaLimit(String key, Object written, String side) {
        if (key.equals("filament_cooling_moves")) {
            return Optional.of(new BigDecimal(side.equals("min") ? 0 : 20));
        }
        if (!(written instanceof String text) || text.equals("null") || text.contains("->")) {
            return Optional.empty();
        }
        return switch (text) {
            case "max_temp" -> Optional.of(SLICEWISE_MAX_TEMP);
            case "-max_temp" -> Optional.of(SLICEWISE_MAX_TEMP.negate());
            default -> Optional.of(new BigDecimal(text.replaceFirst("f$", "")));
        };
    }

    /** The OrcaSlicer option a key is defined by: itself, the printer option a filament_* override copies, a legacy name. */
    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> option(String key) {
        String source = OPTIONS.containsKey(key) ? key
                : LEGACY.containsKey(key) ? LEGACY.get(key)
                : key.replaceFirst("^filament_", "");
        return Optional.ofNullable((Map<String, Object>) OPTIONS.get(source));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> referenceKeys(String scope) {
        return (Map<String, Object>) REFERENCE.get(scope);
    }
}
