package dev.slicewise.domain.catalog;

import dev.slicewise.domain.catalog.GuardrailNote.ImpliedSettingAdded;
import dev.slicewise.domain.catalog.GuardrailNote.PresetDropped;
import dev.slicewise.domain.catalog.GuardrailNote.PresetProblem;
import dev.slicewise.domain.catalog.GuardrailNote.UnknownKeyDropped;
import dev.slicewise.domain.catalog.GuardrailNote.ValueClamped;
import dev.slicewise.domain.catalog.GuardrailNote.ValueImplausible;
import dev.slicewise.domain.catalog.GuardrailNote.ValueRefused;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecommendationGuardrailTest {

    private static final RecommendationGuardrail GUARDRAIL = new RecommendationGuardrail(SettingsCatalog.standard());
    private static final String STANDARD = "0.20mm Standard @Elegoo CC 0.4 nozzle";
    private static final String FINE = "0.12mm Fine @Elegoo CC 0.4 nozzle";

    // ---- keys and shapes

    @Test
    void unknownKeys_areDropped_withANote() {
        GuardrailResult result = review(process("temperature", "215", "layer_height", "0.16"));

        assertEquals(Map.of("layer_height", "0.16"), recommendation(result).processOverrides());
        assertEquals(List.of(new UnknownKeyDropped("temperature")), result.notes());
    }

    @Test
    void readOnlySettings_areRefused() {
        GuardrailResult result = review(proposal(Map.of("filament_start_gcode", one("M104 S300")),
                Map.of("post_process", one("/bin/rm -rf ~"), "layer_height", one("0.2"))));

        assertEquals(Map.of("layer_height", "0.2"), recommendation(result).processOverrides());
        assertEquals(Map.of(), recommendation(result).filamentOverrides());
        assertEquals(List.of(new ValueRefused("filament_start_gcode", "M104 S300", Refusal.READ_ONLY),
                new ValueRefused("post_process", "/bin/rm -rf ~", Refusal.READ_ONLY)), result.notes());
    }

    @Test
    void aFilamentScalar_becomesAOneElementArray() {
        GuardrailResult result = review(filament("nozzle_temperature", "225"));

        assertEquals(Map.of("nozzle_temperature", List.of("225")), recommendation(result).filamentOverrides());
    }

    @Test
    void aProcessArrayOfOneValue_isUnwrapped_andAnArrayOfRepeatsIsOneValue() {
        GuardrailResult result = review(proposal(Map.of("hot_plate_temp", several("65", "65")),
                Map.of("wall_loops", several("3"))));

        assertEquals(Map.of("wall_loops", "3"), recommendation(result).processOverrides());
        assertEquals(Map.of("hot_plate_temp", List.of("65")), recommendation(result).filamentOverrides());
    }

    @Test
    void anArrayOfDifferentValues_orNoValue_isRefused() {
        GuardrailResult result = review(proposal(Map.of("nozzle_temperature", several("240", "250")),
                Map.of("wall_loops", several())));

        assertEquals(Optional.empty(), result.recommendation());
        assertEquals(List.of(new ValueRefused("nozzle_temperature", "240", Refusal.NOT_ONE_VALUE),
                new ValueRefused("wall_loops", "", Refusal.EMPTY)), result.notes());
    }

    @Test
    void aKeyInTheWrongMap_goesWhereItsScopeSays() {
        GuardrailResult result = review(proposal(Map.of("layer_height", one("0.16")),
                Map.of("nozzle_temperature", one("225"))));

        assertEquals(Map.of("layer_height", "0.16"), recommendation(result).processOverrides());
        assertEquals(Map.of("nozzle_temperature", List.of("225")), recommendation(result).filamentOverrides());
    }

    @Test
    void aKeyInBothMaps_takesTheValueFromItsOwnScope() {
        GuardrailResult result = review(proposal(Map.of("nozzle_temperature", one("225"), "layer_height", one("0.12")),
                Map.of("nozzle_temperature", one("230"), "layer_height", one("0.16"))));

        assertEquals(Map.of("layer_height", "0.16"), recommendation(result).processOverrides());
        assertEquals(Map.of("nozzle_temperature", List.of("225")), recommendation(result).filamentOverrides());
    }

    // ---- values

    @Test
    void looseValues_areWrittenInOrcaSlicersForm() {
        GuardrailResult result = review(proposal(Map.of("nozzle_temperature", one("225 °C"), "fan_max_speed", one("40 %")),
                Map.of("sparse_infill_density", one("40 %"), "enable_support", one("true"),
                        "layer_height", one("0.16mm"), "support_type", one("Tree (auto)"), "wall_loops", one("3"))));

        assertEquals(Map.of("sparse_infill_density", "40%", "enable_support", "1", "layer_height", "0.16",
                "support_type", "tree(auto)", "wall_loops", "3"), recommendation(result).processOverrides());
        assertEquals(Map.of("nozzle_temperature", List.of("225"), "fan_max_speed", List.of("40")),
                recommendation(result).filamentOverrides());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void numbersOutsideTheHardLimits_areClampedToTheLimit() {
        GuardrailResult result = review(process("ironing_flow", "150%", "travel_speed_z", "5000",
                "skirt_speed", "-2"));

        assertEquals(Map.of("ironing_flow", "100%", "travel_speed_z", "1000", "skirt_speed", "0"),
                recommendation(result).processOverrides());
        assertEquals(List.of(
                new ValueClamped("ironing_flow", "150%", "100%", new Limit.Hard(NumericRange.parse("0..100"))),
                new ValueClamped("skirt_speed", "-2", "0", new Limit.Hard(NumericRange.parse("0..1000"))),
                new ValueClamped("travel_speed_z", "5000", "1000", new Limit.Hard(NumericRange.parse("0..1000")))),
                result.notes());
    }

    // ---- plausibility: values no one would ask for are refused, not clamped

    @Test
    void aValueTheHardLimitAllowsButNoOneAsksFor_isRefused() {
        GuardrailResult result = review(process("wall_loops", "80", "sparse_infill_density", "20%"));

        assertEquals(Map.of("sparse_infill_density", "20%"), recommendation(result).processOverrides());
        assertEquals(List.of(new ValueImplausible("wall_loops", "80", NumericRange.parse("1..20"))), result.notes());
    }

    @Test
    void numbersBeyondTheHardLimits_thatNoOneAsksFor_areRefused() {
        GuardrailResult result = review(process("sparse_infill_density", "150%", "travel_speed", "5000",
                "raft_layers", "-2"));

        assertEquals(Optional.empty(), result.recommendation());
        assertEquals(List.of(
                new ValueImplausible("raft_layers", "-2", NumericRange.parse("0..10")),
                new ValueImplausible("sparse_infill_density", "150%", NumericRange.parse("0..100")),
                new ValueImplausible("travel_speed", "5000", NumericRange.parse("20..1000"))),
                result.notes());
    }

    @Test
    void plausibleLayerHeights_dependOnTheNozzle() {
        GuardrailResult fiveMillimetres = review(process("layer_height", "5"));
        assertEquals(Optional.empty(), fiveMillimetres.recommendation());
        assertEquals(List.of(new ValueImplausible("layer_height", "5", NumericRange.parse("0.04..0.6"))),
                fiveMillimetres.notes());

        GuardrailResult onALargeNozzle = GUARDRAIL.review(process("layer_height", "0.8"),
                profiles(filamentPreset("Elegoo PLA @ECC", "PLA")), new Nozzle(new BigDecimal("0.8")), Language.EN);
        assertEquals(Map.of("layer_height", "0.6"), recommendation(onALargeNozzle).processOverrides());
    }

    @Test
    void aPercentageOfAnotherSetting_isNotJudgedByTheSettingsOwnPlausibleRange() {
        GuardrailResult result = review(process("outer_wall_line_width", "110%"));

        assertEquals(Map.of("outer_wall_line_width", "110%"), recommendation(result).processOverrides());
    }

    @Test
    void unknownEnumValues_areRefused_notGuessed() {
        GuardrailResult result = review(process("seam_position", "sideways", "brim_type", "mouse ears"));

        assertEquals(Optional.empty(), result.recommendation());
        assertEquals(List.of(new ValueRefused("brim_type", "mouse ears", Refusal.NOT_A_CHOICE),
                new ValueRefused("seam_position", "sideways", Refusal.NOT_A_CHOICE)), result.notes());
    }

    @Test
    void absurdValues_areRefused() {
        String huge = "9".repeat(100_000);
        GuardrailResult result = review(proposal(
                Map.of("nozzle_temperature", one("NaN"), "hot_plate_temp", one("1e400"), "fan_max_speed", one("nil"),
                        "fan_min_speed", one(""), "filament_flow_ratio", one(huge), "filament_notes", one("null")),
                Map.of("layer_height", one("Infinity"), "wall_loops", one("  "), "notes", one("x".repeat(300)))));

        assertEquals(Optional.empty(), result.recommendation());
        assertEquals(List.of(
                new ValueRefused("fan_max_speed", "nil", Refusal.EMPTY),
                new ValueRefused("fan_min_speed", "", Refusal.EMPTY),
                new ValueRefused("filament_flow_ratio", "9".repeat(60) + "…", Refusal.TOO_LONG),
                new ValueRefused("filament_notes", "null", Refusal.EMPTY),
                new ValueRefused("hot_plate_temp", "1e400", Refusal.NOT_A_NUMBER),
                new ValueRefused("layer_height", "Infinity", Refusal.NOT_A_NUMBER),
                new ValueRefused("notes", "x".repeat(60) + "…", Refusal.TOO_LONG),
                new ValueRefused("nozzle_temperature", "NaN", Refusal.NOT_A_NUMBER),
                new ValueRefused("wall_loops", "  ", Refusal.EMPTY)), result.notes());
    }

    @Test
    void aHugeUnknownKey_isNamedShortInTheNote() {
        GuardrailResult result = review(process("k".repeat(10_000), "1"));

        assertEquals(List.of(new UnknownKeyDropped("k".repeat(60) + "…")), result.notes());
    }

    // ---- material ranges

    @Test
    void petgAt300_isClampedToThePetgMaximum_withTheReason() {
        GuardrailResult result = review(profiles(filamentPreset("Elegoo PETG PRO @ECC", "PETG")),
                filament("nozzle_temperature", "300"), Language.EN);

        assertEquals(Map.of("nozzle_temperature", List.of("260")), recommendation(result).filamentOverrides());
        assertEquals(List.of(new ValueClamped("nozzle_temperature", "300", "260",
                new Limit.MaterialRange(Material.PETG, NumericRange.parse("220..260")))), result.notes());
        assertEquals(List.of(new OverrideExplanation("Nozzle temperature",
                "Set to 260 °C for this print. Limited to 260 °C: PETG prints well from 220 °C to 260 °C.")),
                result.explanations());
    }

    @Test
    void plaAt215_isKept() {
        GuardrailResult result = review(profiles(filamentPreset("Elegoo PLA @ECC", "PLA")),
                filament("nozzle_temperature", "215"), Language.EN);

        assertEquals(Map.of("nozzle_temperature", List.of("215")), recommendation(result).filamentOverrides());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void tpuVolumetricSpeed20_isClamped() {
        GuardrailResult result = review(profiles(filamentPreset("Elegoo TPU 95A @ECC", "TPU")),
                filament("filament_max_volumetric_speed", "20"), Language.EN);

        assertEquals(Map.of("filament_max_volumetric_speed", List.of("8")), recommendation(result).filamentOverrides());
        assertEquals(List.of(new ValueClamped("filament_max_volumetric_speed", "20", "8",
                new Limit.MaterialRange(Material.TPU, NumericRange.parse("1..8")))), result.notes());
    }

    @Test
    void silkPla_isRecognisedFromThePresetName() {
        GuardrailResult result = review(profiles(filamentPreset("Elegoo PLA Silk @ECC", "PLA")),
                filament("filament_max_volumetric_speed", "30"), Language.EN);

        assertEquals(Map.of("filament_max_volumetric_speed", List.of("20")), recommendation(result).filamentOverrides());
    }

    @Test
    void absGetsLittleCooling() {
        GuardrailResult result = review(profiles(filamentPreset("Generic ABS", "ABS")),
                filament("fan_min_speed", "100", "fan_max_speed", "100"), Language.EN);

        assertEquals(Map.of("fan_min_speed", List.of("30"), "fan_max_speed", List.of("80")),
                recommendation(result).filamentOverrides());
    }

    @Test
    void anUnknownMaterial_getsNoMaterialRange() {
        GuardrailResult result = review(profiles(filamentPreset("Generic PVA", "PVA")),
                filament("nozzle_temperature", "340", "filament_max_volumetric_speed", "20"), Language.EN);

        assertEquals(Map.of("nozzle_temperature", List.of("340"), "filament_max_volumetric_speed", List.of("20")),
                recommendation(result).filamentOverrides());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void aPlausibleNumberBeyondTheMaterialRange_endsAtItsEdge_inOneNote() {
        GuardrailResult result = review(profiles(filamentPreset("Elegoo PETG PRO @ECC", "PETG")),
                filament("nozzle_temperature", "300"), Language.EN);

        assertEquals(List.of(new ValueClamped("nozzle_temperature", "300", "260",
                new Limit.MaterialRange(Material.PETG, NumericRange.parse("220..260")))), result.notes());
    }

    @Test
    void anAbsurdTemperature_isRefused_notBroughtIntoTheMaterialRange() {
        GuardrailResult result = review(profiles(filamentPreset("Elegoo PETG PRO @ECC", "PETG")),
                filament("nozzle_temperature", "999999"), Language.EN);

        assertEquals(List.of(new ValueImplausible("nozzle_temperature", "999999", NumericRange.parse("150..350"))),
                result.notes());
    }

    // ---- layer heights and the nozzle

    @Test
    void layerHeights_areBoundedByTheNozzle() {
        GuardrailResult result = review(process("layer_height", "0.5", "initial_layer_print_height", "0.05"));

        assertEquals(Map.of("layer_height", "0.3", "initial_layer_print_height", "0.1"),
                recommendation(result).processOverrides());
        NumericRange fourTenths = NumericRange.parse("0.1..0.3");
        assertEquals(List.of(
                new ValueClamped("initial_layer_print_height", "0.05", "0.1", new Limit.Nozzle(new BigDecimal("0.4"), fourTenths)),
                new ValueClamped("layer_height", "0.5", "0.3", new Limit.Nozzle(new BigDecimal("0.4"), fourTenths))),
                result.notes());
    }

    @Test
    void theNozzleDiameter_comesFromThePresets() {
        Preset standard = new Preset(STANDARD, true, Map.of("nozzle_diameter", new ConfigValue.PerExtruder(List.of("0.6"))));
        SlicingProfiles sixTenths = new SlicingProfiles(List.of(filamentPreset("Elegoo PLA @ECC", "PLA")),
                List.of(standard), Map.of(), Map.of());

        GuardrailResult result = review(sixTenths, process("layer_height", "0.5"), Language.EN);

        assertEquals(Map.of("layer_height", "0.45"), recommendation(result).processOverrides());
        assertEquals(List.of(new OverrideExplanation("Layer height", "Set to 0.45 mm for this print. "
                + "Limited to 0.45 mm: with a 0.6 mm nozzle, layers from 0.15 mm to 0.45 mm print reliably.")),
                result.explanations());
    }

    @Test
    void anImplausibleNozzleDiameter_isIgnored() {
        Preset standard = new Preset(STANDARD, true, Map.of("nozzle_diameter", new ConfigValue.Scalar("40")));
        SlicingProfiles broken = new SlicingProfiles(List.of(filamentPreset("Elegoo PLA @ECC", "PLA")),
                List.of(standard), Map.of(), Map.of());

        assertEquals(Map.of("layer_height", "0.3"),
                recommendation(review(broken, process("layer_height", "0.5"), Language.EN)).processOverrides());
    }

    @Test
    void aNozzleKnownOtherwise_boundsTheLayerHeights() {
        GuardrailResult result = GUARDRAIL.review(process("layer_height", "0.5", "initial_layer_print_height", "0.1"),
                profiles(filamentPreset("Elegoo PLA @ECC", "PLA")), new Nozzle(new BigDecimal("0.6")), Language.EN);

        assertEquals(Map.of("layer_height", "0.45", "initial_layer_print_height", "0.15"),
                recommendation(result).processOverrides());
    }

    // ---- the process preset

    @Test
    void aPresetTheUserDoesNotHave_isDropped() {
        GuardrailResult result = review(proposal(Optional.of("0.10mm Ultra"), Map.of(), Map.of("wall_loops", one("3"))));

        assertEquals(Optional.empty(), recommendation(result).processPreset());
        assertEquals(List.of(new PresetDropped("0.10mm Ultra", PresetProblem.UNKNOWN)), result.notes());
    }

    @Test
    void oneOfTheUsersPresets_isKept_evenInAnotherCase() {
        GuardrailResult result = review(proposal(Optional.of(" 0.12MM fine @Elegoo CC 0.4 nozzle"), Map.of(), Map.of()));

        assertEquals(new SlicingRecommendation(Optional.of(FINE), Map.of(), Map.of()), recommendation(result));
        assertEquals(List.of(), result.explanations());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void theSelectedPreset_isDropped_soTheUsersOwnEditsStay() {
        GuardrailResult result = review(proposal(Optional.of(STANDARD), Map.of(), Map.of()));

        assertEquals(Optional.empty(), result.recommendation());
        assertEquals(List.of(new PresetDropped(STANDARD, PresetProblem.ALREADY_SELECTED)), result.notes());
    }

    // ---- implied settings

    @Test
    void supportSettings_implyEnableSupport() {
        GuardrailResult result = review(process("support_type", "tree(auto)", "support_threshold_angle", "40"));

        assertEquals(Map.of("support_type", "tree(auto)", "support_threshold_angle", "40", "enable_support", "1"),
                recommendation(result).processOverrides());
        assertEquals(List.of(new ImpliedSettingAdded("enable_support", "1", "support_threshold_angle", Optional.empty())),
                result.notes());
        assertEquals(new OverrideExplanation("Enable support", "Turned on because this recommendation changes support "
                + "settings, which only take effect with support enabled."), explanation(result, "Enable support"));
    }

    @Test
    void treeSupportSettings_implyEnableSupportToo() {
        GuardrailResult result = review(process("tree_support_branch_angle", "30"));

        assertEquals("1", recommendation(result).processOverrides().get("enable_support"));
    }

    @Test
    void enableSupportSetToZero_byTheRecommendation_isRespected() {
        GuardrailResult result = review(process("enable_support", "0", "support_type", "normal(auto)"));

        assertEquals(Map.of("enable_support", "0", "support_type", "normal(auto)"), recommendation(result).processOverrides());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void supportAlreadyOn_needsNothingAdded() {
        SlicingProfiles supportOn = new SlicingProfiles(List.of(filamentPreset("Elegoo PLA @ECC", "PLA")),
                List.of(processPreset(STANDARD, true)), Map.of(), Map.of("enable_support", new ConfigValue.Scalar("1")));

        GuardrailResult result = review(supportOn, process("support_threshold_angle", "40"), Language.EN);

        assertEquals(Map.of("support_threshold_angle", "40"), recommendation(result).processOverrides());
    }

    @Test
    void aBrimWidth_impliesAnOuterBrim_whenTheBrimIsAutomatic() {
        GuardrailResult result = review(process("brim_width", "8"));

        assertEquals(Map.of("brim_width", "8", "brim_type", "outer_and_inner"), recommendation(result).processOverrides());
        assertEquals(List.of(new ImpliedSettingAdded("brim_type", "outer_and_inner", "brim_width", Optional.empty())),
                result.notes());
    }

    @Test
    void aBrimWidth_replacesNoBrimOrAutoBrim_inTheRecommendation() {
        GuardrailResult result = review(process("brim_object_gap", "0.1", "brim_type", "no_brim"));

        assertEquals(Map.of("brim_object_gap", "0.1", "brim_type", "outer_and_inner"), recommendation(result).processOverrides());
        assertEquals(List.of(new ImpliedSettingAdded("brim_type", "outer_and_inner", "brim_object_gap", Optional.of("no_brim"))),
                result.notes());
    }

    @Test
    void aRealBrimType_isKept() {
        assertEquals(Map.of("brim_width", "8", "brim_type", "outer_and_inner"),
                recommendation(review(process("brim_width", "8", "brim_type", "outer_and_inner"))).processOverrides());

        SlicingProfiles innerBrim = new SlicingProfiles(List.of(filamentPreset("Elegoo PLA @ECC", "PLA")),
                List.of(processPreset(STANDARD, true)), Map.of(), Map.of("brim_type", new ConfigValue.Scalar("inner_only")));
        assertEquals(Map.of("brim_width", "8"),
                recommendation(review(innerBrim, process("brim_width", "8"), Language.EN)).processOverrides());
    }

    @Test
    void aZeroBrimWidth_impliesNoBrim() {
        GuardrailResult result = review(process("brim_width", "0", "brim_type", "no_brim"));

        assertEquals(Map.of("brim_width", "0", "brim_type", "no_brim"), recommendation(result).processOverrides());
        assertEquals(List.of(), result.notes());
    }

    @Test
    void afterAPresetSwitch_theNewPresetsValuesCount() {
        Preset fineWithBrim = new Preset(FINE, false, Map.of("brim_type", new ConfigValue.Scalar("outer_and_inner")));
        SlicingProfiles profiles = new SlicingProfiles(List.of(filamentPreset("Elegoo PLA @ECC", "PLA")),
                List.of(processPreset(STANDARD, true), fineWithBrim), Map.of(),
                Map.of("brim_type", new ConfigValue.Scalar("no_brim")));

        GuardrailResult result = review(profiles, proposal(Optional.of(FINE), Map.of(), Map.of("brim_width", one("6"))),
                Language.EN);

        assertEquals(new SlicingRecommendation(Optional.of(FINE), Map.of(), Map.of("brim_width", "6")),
                recommendation(result));
    }

    // ---- explanations

    @Test
    void everyChangedSetting_hasAnExplanation_namedInTheUsersLanguage() {
        ProposedRecommendation proposal = new ProposedRecommendation(Optional.empty(),
                Map.of("nozzle_temperature", one("225")),
                Map.of("sparse_infill_density", one("25%"), "spiral_mode", one("0"), "support_type", one("tree(auto)")),
                Map.of("nozzle_temperature", "Etwas heißer für bessere Schichthaftung."));

        GuardrailResult result = GUARDRAIL.review(proposal, profiles(filamentPreset("Elegoo PETG PRO @ECC", "PETG")), Language.DE);

        assertEquals(List.of(
                new OverrideExplanation("Stützstrukturen aktivieren", "Eingeschaltet, weil diese Empfehlung Einstellungen "
                        + "der Stützstrukturen ändert, die nur mit aktivierten Stützstrukturen wirken."),
                new OverrideExplanation("Düsentemperatur", "Etwas heißer für bessere Schichthaftung."),
                new OverrideExplanation("Fülldichte", "Für diesen Druck auf 25% gesetzt."),
                new OverrideExplanation("Spiralvasen-Modus", "Für diesen Druck ausgeschaltet."),
                new OverrideExplanation("Art der Stützstrukturen", "Für diesen Druck auf tree(auto) gesetzt.")),
                result.explanations());
    }

    @Test
    void aClampedValuesExplanation_saysWhereTheLimitIs_inTheUsersLanguage() {
        ProposedRecommendation proposal = new ProposedRecommendation(Optional.empty(),
                Map.of("nozzle_temperature", one("300")), Map.of(), Map.of("nozzle_temperature", "更高的温度有助于层间粘合。"));

        GuardrailResult result = GUARDRAIL.review(proposal, profiles(filamentPreset("Elegoo PETG PRO @ECC", "PETG")),
                Language.ZH_CN);

        assertEquals(List.of(new OverrideExplanation("喷嘴温度",
                "更高的温度有助于层间粘合。 已限制为 260 °C：PETG 在 220 °C 到 260 °C 之间打印效果好。")), result.explanations());
    }

    @Test
    void blankExplanations_getAGenericOne_andOverlongOnesAreCut() {
        ProposedRecommendation proposal = new ProposedRecommendation(Optional.empty(), Map.of(),
                Map.of("wall_loops", one("4"), "top_shell_layers", one("6")),
                Map.of("wall_loops", "   ", "top_shell_layers", "y".repeat(10_000), "no_such_key", "ignored"));

        GuardrailResult result = GUARDRAIL.review(proposal, profiles(filamentPreset("Elegoo PLA @ECC", "PLA")), Language.FR);

        assertEquals(new OverrideExplanation("Couches pleines supérieures", "y".repeat(Explanations.MAX_LENGTH - 1) + "…"),
                result.explanations().get(0));
        assertEquals(new OverrideExplanation("Nombre de parois", "Réglé sur 4 pour cette impression."),
                result.explanations().get(1));
    }

    @Test
    void settingsWithoutATranslatedName_areNamedByTheirEnglishLabel() {
        GuardrailResult result = review(profiles(filamentPreset("Elegoo PLA @ECC", "PLA")),
                process("gap_infill_speed", "120"), Language.IT);

        assertEquals(List.of(new OverrideExplanation("Gap infill speed", "Impostato su 120 mm/s per questa stampa.")),
                result.explanations());
    }

    // ---- the whole result

    @Test
    void nothingValidLeft_givesNoRecommendation_onlyNotes() {
        GuardrailResult result = review(proposal(Optional.of("nope"), Map.of(), Map.of("bogus", one("1"))));

        assertEquals(Optional.empty(), result.recommendation());
        assertEquals(List.of(), result.explanations());
        assertEquals(List.of(new PresetDropped("nope", PresetProblem.UNKNOWN), new UnknownKeyDropped("bogus")),
                result.notes());
    }

    @Test
    void theSameProposal_givesTheSameResult() {
        ProposedRecommendation proposal = proposal(Optional.of(FINE),
                Map.of("nozzle_temperature", one("300"), "fan_max_speed", one("50")),
                Map.of("support_style", one("organic"), "brim_width", one("5"), "bogus", one("1"), "layer_height", one("1")));
        SlicingProfiles profiles = profiles(filamentPreset("Elegoo PETG PRO @ECC", "PETG"));

        GuardrailResult first = GUARDRAIL.review(proposal, profiles, Language.ES);
        for (int i = 0; i < 5; i++) {
            assertEquals(first, GUARDRAIL.review(proposal, profiles, Language.ES));
        }
        assertEquals(5, first.notes().size());
    }

    // ---- helpers

    private static GuardrailResult review(ProposedRecommendation proposal) {
        return review(profiles(filamentPreset("Elegoo PLA @ECC", "PLA")), proposal, Language.EN);
    }

    private static GuardrailResult review(SlicingProfiles profiles, ProposedRecommendation proposal, Language language) {
        return GUARDRAIL.review(proposal, profiles, language);
    }

    private static SlicingRecommendation recommendation(GuardrailResult result) {
        assertTrue(result.recommendation().isPresent(), () -> "no recommendation left: " + result.notes());
        return result.recommendation().get();
    }

    private static OverrideExplanation explanation(GuardrailResult result, String parameter) {
        return result.explanations().stream().filter(e -> e.parameter().equals(parameter)).findFirst().orElseThrow();
    }

    static SlicingProfiles profiles(Preset filament) {
        return new SlicingProfiles(List.of(filament), List.of(processPreset(STANDARD, true), processPreset(FINE, false)),
                Map.of(), Map.of());
    }

    static Preset filamentPreset(String name, String filamentType) {
        return new Preset(name, true, Map.of("filament_type", new ConfigValue.PerExtruder(List.of(filamentType))));
    }

    private static Preset processPreset(String name, boolean selected) {
        return new Preset(name, selected, Map.of("enable_support", new ConfigValue.Scalar("0")));
    }

    private static ProposedRecommendation filament(String... keysAndValues) {
        return proposal(pairs(keysAndValues), Map.of());
    }

    private static ProposedRecommendation process(String... keysAndValues) {
        return proposal(Map.of(), pairs(keysAndValues));
    }

    private static ProposedRecommendation proposal(Map<String, ProposedValue> filament, Map<String, ProposedValue> process) {
        return proposal(Optional.empty(), filament, process);
    }

    private static ProposedRecommendation proposal(Optional<String> preset, Map<String, ProposedValue> filament,
                                                   Map<String, ProposedValue> process) {
        return new ProposedRecommendation(preset, filament, process, Map.of());
    }

    private static Map<String, ProposedValue> pairs(String... keysAndValues) {
        Map<String, ProposedValue> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], one(keysAndValues[i + 1]));
        }
        return map;
    }

    private static ProposedValue one(String raw) {
        return new ProposedValue.Single(raw);
    }

    private static ProposedValue several(String... raws) {
        return new ProposedValue.Several(List.of(raws));
    }
}
