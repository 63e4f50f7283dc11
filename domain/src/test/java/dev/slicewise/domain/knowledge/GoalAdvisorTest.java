package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.catalog.Direction;
import dev.slicewise.domain.catalog.Nozzle;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.slicing.SlicingProfiles;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static dev.slicewise.domain.knowledge.SlicingGoal.BETTER_ADHESION;
import static dev.slicewise.domain.knowledge.SlicingGoal.FASTER;
import static dev.slicewise.domain.knowledge.SlicingGoal.FINER_DETAIL;
import static dev.slicewise.domain.knowledge.SlicingGoal.FLEXIBLE_PART;
import static dev.slicewise.domain.knowledge.SlicingGoal.LESS_STRINGING;
import static dev.slicewise.domain.knowledge.SlicingGoal.OVERHANGS_AND_SUPPORTS;
import static dev.slicewise.domain.knowledge.SlicingGoal.SAVE_MATERIAL;
import static dev.slicewise.domain.knowledge.SlicingGoal.STRONGER;
import static dev.slicewise.domain.knowledge.SlicingGoal.VASE_MODE;
import static dev.slicewise.domain.knowledge.SlicingGoal.WATERTIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalAdvisorTest {

    private static final GoalAdvisor ADVISOR = new GoalAdvisor(SettingsCatalog.standard());

    private static Wishes goals(SlicingGoal... goals) {
        Goals all = Goals.none();
        for (SlicingGoal goal : goals) {
            all = all.mentioned(goal, false);
        }
        return Wishes.none().with(all);
    }

    private static Map<String, String> values(Advice advice) {
        Map<String, String> values = new TreeMap<>();
        advice.changes().forEach((key, change) -> values.put(key, change.value()));
        return values;
    }

    private static Optional<String> preset(Advice advice) {
        return advice.preset().map(PresetSwitch::name);
    }

    // ---- moves ("wider brim", "slower outer wall")

    @Test
    void aMove_changesTheSettingItself_oneStepFromWhereItIs() {
        Wishes wishes = Wishes.none().moving("brim_width", Direction.UP).moving("top_shell_layers", Direction.UP)
                .moving("outer_wall_speed", Direction.DOWN);

        Advice advice = ADVISOR.advise(wishes, Setups.pla());

        assertEquals(Optional.empty(), preset(advice));
        assertEquals(Map.of("brim_width", "8", "top_shell_layers", "7", "outer_wall_speed", "128"), values(advice));
        assertEquals(Reason.ASKED_MORE, advice.changes().get("brim_width").reason());
        assertEquals(Reason.ASKED_LESS, advice.changes().get("outer_wall_speed").reason());
    }

    @Test
    void aMove_startsFromWhatTheGoalsMade() {
        Advice advice = ADVISOR.advise(goals(STRONGER).moving("sparse_infill_density", Direction.UP), Setups.pla());

        assertEquals("35%", values(advice).get("sparse_infill_density"));
    }

    @Test
    void aValueOrAKeep_replacesAMoveOfTheSameSetting() {
        Wishes valued = Wishes.none().moving("brim_width", Direction.UP).withValue("brim_width", "4");
        Wishes kept = Wishes.none().moving("brim_width", Direction.UP).keeping("brim_width");

        assertEquals(Map.of("brim_width", "4"), values(ADVISOR.advise(valued, Setups.pla())));
        assertEquals(true, kept.asksForNothing());
    }

    // ---- goals
    // ---- goals

    @Test
    void stronger_switchesToTheStrengthPreset_andAddsWhatItLacks() {
        Advice advice = ADVISOR.advise(goals(STRONGER), Setups.pla());

        assertEquals(Optional.of(Setups.STRENGTH), preset(advice));
        assertEquals(PresetReason.STRONGER, advice.preset().orElseThrow().reason());
        assertEquals(Map.of("sparse_infill_density", "25%", "sparse_infill_pattern", "gyroid"), values(advice));
        assertEquals(Reason.MORE_INFILL, advice.changes().get("sparse_infill_density").reason());
    }

    @Test
    void evenStronger_goesFurther() {
        Advice advice = ADVISOR.advise(Wishes.none().with(Goals.none().mentioned(STRONGER, false)
                .mentioned(STRONGER, false)), Setups.pla());

        assertEquals(Optional.of(Setups.STRENGTH), preset(advice));
        assertEquals(Map.of("sparse_infill_density", "30%", "sparse_infill_pattern", "gyroid", "top_shell_layers", "7"),
                values(advice));
    }

    @Test
    void strongerWithFinerDetail_takesTheFinePreset_andStrengthAsOverrides() {
        Advice advice = ADVISOR.advise(goals(STRONGER, FINER_DETAIL), Setups.pla());

        assertEquals(Optional.of(Setups.FINE), preset(advice));
        assertEquals(Map.of("wall_loops", "4", "sparse_infill_density", "25%", "sparse_infill_pattern", "gyroid",
                "top_shell_layers", "6", "bottom_shell_layers", "4", "outer_wall_speed", "120",
                "wall_generator", "arachne"), values(advice));
    }

    @Test
    void faster_takesTheNextCoarserPreset_andTheCoarsestWhenAskedAgain() {
        assertEquals(Optional.of(Setups.DRAFT), preset(ADVISOR.advise(goals(FASTER), Setups.pla())));
        Wishes again = Wishes.none().with(Goals.none().mentioned(FASTER, false).mentioned(FASTER, false));
        Advice advice = ADVISOR.advise(again, Setups.pla());
        assertEquals(Optional.of(Setups.EXTRA_DRAFT), preset(advice));
        assertEquals(Map.of("sparse_infill_density", "10%"), values(advice));
    }

    @Test
    void faster_raisesSpeedsOnlyAsFarAsTheFilamentsFlowAllows() {
        assertEquals(Map.of(), values(ADVISOR.advise(goals(FASTER), Setups.pla())),
                "PLA at 21 mm³/s already runs 0.24 mm layers at its limit");
        assertEquals(Map.of("inner_wall_speed", "220", "sparse_infill_speed", "220"),
                values(ADVISOR.advise(goals(FASTER), Setups.profiles(Setups.highFlowPla(), Map.of()))));
    }

    @Test
    void fasterThanTheCoarsestPreset_isALayerHeightOverride_withinTheNozzle() {
        Advice advice = ADVISOR.advise(goals(FASTER), Setups.profiles(Setups.pla(true), Setups.EXTRA_DRAFT, Map.of()));

        assertEquals(Optional.empty(), preset(advice));
        assertEquals("0.3", advice.changes().get("layer_height").value());
    }

    @Test
    void finerDetail_takesTheFinestPresetTheNozzlePrints() {
        assertEquals(Optional.of(Setups.FINE), preset(ADVISOR.advise(goals(FINER_DETAIL), Setups.pla())));
        Wishes sixTenths = goals(FINER_DETAIL).withNozzle(new Nozzle(new BigDecimal("0.6")));
        assertEquals(Optional.of(Setups.OPTIMAL), preset(ADVISOR.advise(sixTenths, Setups.pla())),
                "0.12 mm is below a quarter of a 0.6 mm nozzle");
    }

    @Test
    void finerThanTheFinestPreset_isALayerHeightOverride_notBelowAQuarterOfTheNozzle() {
        Advice advice = ADVISOR.advise(goals(FINER_DETAIL), Setups.profiles(Setups.pla(true), Setups.FINE, Map.of()));

        assertEquals(Optional.empty(), preset(advice));
        assertEquals("0.1", advice.changes().get("layer_height").value());
    }

    @Test
    void theMoreImportantGoalDecides_whenTwoPullApart() {
        Advice advice = ADVISOR.advise(goals(STRONGER, FASTER), Setups.pla());

        assertEquals(Optional.of(Setups.DRAFT), preset(advice));
        assertEquals("4", advice.changes().get("wall_loops").value());
        assertEquals("25%", advice.changes().get("sparse_infill_density").value());
    }

    @Test
    void supports_areTreesAtTheUsualAngle_withALargerGapForPetg() {
        assertEquals(Map.of("enable_support", "1", "support_type", "tree(auto)"),
                values(ADVISOR.advise(goals(OVERHANGS_AND_SUPPORTS), Setups.pla())));
        assertEquals("0.25", ADVISOR.advise(goals(OVERHANGS_AND_SUPPORTS), Setups.profiles(Setups.petg(), Map.of()))
                .changes().get("support_top_z_distance").value());
    }

    @Test
    void adhesion_addsABrim_slowsAndWarmsTheFirstLayerWithinTheMaterial() {
        assertEquals(Map.of("brim_type", "outer_only", "initial_layer_speed", "40",
                        "nozzle_temperature_initial_layer", "215", "hot_plate_temp_initial_layer", "65",
                        "textured_plate_temp_initial_layer", "65"),
                values(ADVISOR.advise(goals(BETTER_ADHESION), Setups.pla())));
        Wishes more = Wishes.none().with(Goals.none().mentioned(BETTER_ADHESION, true).raisedLatest());
        assertEquals("70", ADVISOR.advise(more, Setups.pla()).changes().get("hot_plate_temp_initial_layer").value(),
                "PLA's bed range ends at 70 °C");
    }

    @Test
    void vaseMode_isOneSpiralWall_withoutInfillOrTop() {
        assertEquals(Map.of("spiral_mode", "1", "wall_loops", "1", "sparse_infill_density", "0%",
                "top_shell_layers", "0"), values(ADVISOR.advise(goals(VASE_MODE), Setups.pla())));
    }

    @Test
    void savingMaterial_lowersInfill_andMakesSupportsTrees() {
        Advice advice = ADVISOR.advise(goals(SAVE_MATERIAL),
                Setups.profiles(Setups.pla(true), Map.of("enable_support", "1")));
        assertEquals(Map.of("sparse_infill_density", "10%", "sparse_infill_pattern", "lightning",
                "support_type", "tree(auto)"), values(advice));
    }

    @Test
    void watertight_thickensWallsAndSkins_andFlowsALittleMore() {
        assertEquals(Map.of("wall_loops", "4", "top_shell_layers", "6", "bottom_shell_layers", "5",
                        "sparse_infill_density", "40%", "print_flow_ratio", "1.03", "nozzle_temperature", "215"),
                values(ADVISOR.advise(goals(WATERTIGHT), Setups.pla())));
    }

    @Test
    void lessStringing_onPetg_coolsWithinItsRange_retractsMore_andRemindsToDry() {
        Advice advice = ADVISOR.advise(goals(LESS_STRINGING), Setups.profiles(Setups.petg(), Map.of()));

        assertEquals(Map.of("nozzle_temperature", "235", "filament_retraction_length", "1.2",
                "filament_retraction_speed", "40", "reduce_crossing_wall", "1"), values(advice));
        assertEquals(List.of(Remark.DRY_FILAMENT), advice.remarks());
    }

    @Test
    void aFlexiblePart_inTpu_printsSlowlyWithLittleRetraction() {
        Advice advice = ADVISOR.advise(goals(FLEXIBLE_PART), Setups.profiles(Setups.tpu(), Map.of()));

        assertEquals(Map.of("outer_wall_speed", "25", "top_surface_speed", "25", "inner_wall_speed", "30",
                "sparse_infill_speed", "30", "internal_solid_infill_speed", "30", "initial_layer_speed", "15",
                "filament_retraction_speed", "25"), values(advice));
        assertEquals(List.of(), advice.remarks());
    }

    @Test
    void aFlexiblePart_inPla_isTunedToGiveMore_andSaysWhichFilamentFlexes() {
        Advice advice = ADVISOR.advise(goals(FLEXIBLE_PART), Setups.pla());

        Map<String, String> values = values(advice);
        assertTrue(Integer.parseInt(values.getOrDefault("wall_loops", "2")) <= 2, values.toString());
        assertEquals("10%", values.get("sparse_infill_density"), values.toString());
        assertTrue(values.containsKey("nozzle_temperature"), values.toString());
        assertEquals(List.of(Remark.FLEXIBLE_NEEDS_TPU), advice.remarks());
    }

    // ---- values the user spells out

    @Test
    void explicitValues_areTakenExactly_andWinOverGoals() {
        Wishes wishes = goals(STRONGER).withValue("sparse_infill_density", "40%").withValue("wall_loops", "3");
        Advice advice = ADVISOR.advise(wishes, Setups.pla());

        assertEquals("40%", advice.changes().get("sparse_infill_density").value());
        assertEquals(Reason.ASKED, advice.changes().get("wall_loops").reason());
        assertEquals("3", advice.changes().get("wall_loops").value());
    }

    @Test
    void aSwitchAskedFor_isExplainedAsTurnedOnOrOff() {
        Advice advice = ADVISOR.advise(Wishes.none().withValue("enable_support", "1").withValue("spiral_mode", "0"),
                Setups.pla());
        assertEquals(Reason.ASKED_ON, advice.changes().get("enable_support").reason());
        assertEquals(List.of("spiral_mode"), advice.alreadySet());
    }

    @Test
    void theSameSettingIsExplainedByTheGoalThatSetsIt() {
        assertEquals(Reason.SMOOTHER_OUTER_WALL, ADVISOR.advise(goals(SlicingGoal.SMOOTHER_SURFACE), Setups.pla())
                .changes().get("outer_wall_speed").reason());
        assertEquals(Reason.HOTTER_TO_SEAL, ADVISOR.advise(goals(WATERTIGHT), Setups.pla())
                .changes().get("nozzle_temperature").reason());
    }

    @Test
    void anExplicitLayerHeight_switchesToThePresetMadeForIt() {
        Advice advice = ADVISOR.advise(Wishes.none().withValue("layer_height", "0.16"), Setups.pla());

        assertEquals(Optional.of(Setups.OPTIMAL), preset(advice));
        assertEquals(PresetReason.ASKED_LAYER_HEIGHT, advice.preset().orElseThrow().reason());
        assertEquals(Map.of(), values(advice));
    }

    @Test
    void anExplicitValueAlreadyInEffect_isReportedNotChanged() {
        Advice advice = ADVISOR.advise(Wishes.none().withValue("wall_loops", "2"), Setups.pla());

        assertEquals(Map.of(), values(advice));
        assertEquals(List.of("wall_loops"), advice.alreadySet());
    }

    @Test
    void anExplicitValueOutOfRange_isPassedOnForTheGuardrail() {
        Advice advice = ADVISOR.advise(Wishes.none().withValue("nozzle_temperature", "300"),
                Setups.profiles(Setups.petg(), Map.of()));
        assertEquals("300", advice.changes().get("nozzle_temperature").value());
    }

    // ---- preset switches and the user's own edits

    @Test
    void aPresetSwitch_restatesTheUsersProcessEdits_butNotTheLayerHeightItReplaces() {
        SlicingProfiles edited = Setups.profiles(Setups.pla(true),
                Map.of("sparse_infill_density", "30%", "layer_height", "0.18", "wall_loops", "3"));
        Advice advice = ADVISOR.advise(goals(FINER_DETAIL), edited);

        assertEquals(Optional.of(Setups.FINE), preset(advice));
        assertEquals(Reason.KEPT_MANUAL, advice.changes().get("sparse_infill_density").reason());
        assertEquals("30%", advice.changes().get("sparse_infill_density").value());
        assertEquals(List.of("sparse_infill_density"), advice.restated(),
                "0.18 gives way to the preset; 3 walls is what the Fine preset has anyway");
    }

    @Test
    void withoutAPresetSwitch_nothingIsRestated() {
        Advice advice = ADVISOR.advise(goals(OVERHANGS_AND_SUPPORTS),
                Setups.profiles(Setups.pla(true), Map.of("sparse_infill_density", "30%")));
        assertEquals(List.of(), advice.restated());
    }

    @Test
    void aKeptLayerHeight_rulesOutLayerPresets_andLayerOverrides() {
        Advice advice = ADVISOR.advise(goals(FINER_DETAIL).keeping("layer_height"), Setups.pla());

        assertEquals(Optional.empty(), preset(advice));
        assertEquals(Map.of("outer_wall_speed", "120", "wall_generator", "arachne"), values(advice));
    }

    @Test
    void theSelectedPresetIsNeverProposed() {
        Advice advice = ADVISOR.advise(goals(STRONGER), Setups.profiles(Setups.pla(true), Setups.STRENGTH, Map.of()));
        assertEquals(Optional.empty(), preset(advice));
    }
}
