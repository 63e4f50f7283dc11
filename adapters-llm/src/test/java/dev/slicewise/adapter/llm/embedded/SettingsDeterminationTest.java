package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsDeterminationTest {

    private static AssistantReply ask(String request) {
        return Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, request);
    }

    private static SlicingRecommendation recommendation(AssistantReply reply) {
        return reply.recommendation().orElseThrow(() -> new AssertionError("no recommendation: " + reply));
    }

    @Test
    void anExplicitInfillBecomesAProcessOverrideWithItsExplanation() {
        AssistantReply reply = ask("set the infill to 40%");
        assertEquals(new SlicingRecommendation(Optional.empty(), Map.of(), Map.of("sparse_infill_density", "40%")),
                recommendation(reply));
        assertEquals(List.of(new OverrideExplanation("Sparse infill density", "You asked for 40% infill.")),
                reply.explanations());
        assertEquals(List.of(ActionName.DETERMINE_SLICING_SETTINGS), actions(reply));
    }

    @Test
    void severalValuesGiveOneExplanationEach() {
        AssistantReply reply = ask("30 % infill and 4 walls please");
        assertEquals(Map.of("sparse_infill_density", "30%", "wall_loops", "4"), recommendation(reply).processOverrides());
        assertEquals(2, reply.explanations().size());
    }

    @Test
    void aLayerHeightThatAPresetIsMadeFor_switchesToThatPreset() {
        AssistantReply reply = ask("use 0.12 layer height");
        assertEquals(new SlicingRecommendation(Optional.of(Fixtures.FINE), Map.of(), Map.of()), recommendation(reply));
        assertEquals(1, reply.explanations().size());
        assertEquals("Layer height", reply.explanations().getFirst().parameter());
    }

    @Test
    void aLayerHeightWithoutAPreset_isAnOverride() {
        assertEquals(Map.of("layer_height", "0.18"), recommendation(ask("layer height 0.18 mm")).processOverrides());
    }

    @Test
    void aLayerHeightOutsideTheNozzlesRange_isExplainedNotRecommended() {
        AssistantReply reply = ask("make the layer height 0.5mm");
        assertTrue(reply.recommendation().isEmpty());
        assertEquals(List.of(), reply.actions());
        assertEquals("I did not change Layer height: 0.5 mm is outside the range I can recommend (0.04 mm to 0.32 mm).",
                reply.content());
    }

    @Test
    void aNozzleTemperatureBecomesAOneElementFilamentOverride() {
        SlicingRecommendation recommendation = recommendation(ask("print at a nozzle temperature of 215°C"));
        assertEquals(Map.of("nozzle_temperature", List.of("215")), recommendation.filamentOverrides());
        assertEquals(Map.of(), recommendation.processOverrides());
    }

    @Test
    void anImpossibleNozzleTemperatureIsRejected() {
        AssistantReply reply = ask("nozzle temp 400 please");
        assertTrue(reply.recommendation().isEmpty());
        assertTrue(reply.content().contains("400 °C"), reply.content());
    }

    @Test
    void supportsAndBrimAreSwitchedOn() {
        SlicingRecommendation recommendation = recommendation(ask("turn on supports and add a brim"));
        assertEquals(Map.of("enable_support", "1", "brim_type", "outer_only"), recommendation.processOverrides());
    }

    @Test
    void aValueAlreadyInEffectIsMentionedNotChanged() {
        AssistantReply reply = ask("no supports for this one");
        assertTrue(reply.recommendation().isEmpty());
        assertEquals("Support is already off.", reply.content());
    }

    @Test
    void afterAPresetSwitch_theOtherValuesAreSetEvenWhenTheOldPresetHadThem() {
        SlicingRecommendation recommendation = recommendation(ask("0.12 layer height with 15% infill"));
        assertEquals(Optional.of(Fixtures.FINE), recommendation.processPreset());
        assertEquals(Map.of("sparse_infill_density", "15%"), recommendation.processOverrides());
    }

    @Test
    void switchingPresetWarnsThatManualProcessChangesAreReplaced() {
        AssistantReply reply = Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, "use 0.12 layer height", Language.EN,
                Fixtures.profiles(Map.of("wall_loops", new ConfigValue.Scalar("5")), Map.of()));
        assertTrue(reply.content().contains("replaces the manual process changes"), reply.content());
    }

    @Test
    void aDecimalCommaIsUnderstood() {
        AssistantReply reply = Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, "Schichthöhe bitte 0,16", Language.DE);
        assertEquals(Optional.of(Fixtures.OPTIMAL), recommendation(reply).processPreset());
        assertEquals("Schichthöhe", reply.explanations().getFirst().parameter());
    }

    @Test
    void withoutAnExplicitValue_itAsksForAGoalAndRecommendsNothing() {
        AssistantReply reply = ask("make it stronger");
        assertTrue(reply.recommendation().isEmpty());
        assertEquals(List.of(ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS), actions(reply));
        assertEquals(5, options(reply).size());
    }

    @Test
    void answersInChineseForAChineseRequest() {
        AssistantReply reply = Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, "把填充改成40%", Language.ZH_CN);
        assertEquals(Map.of("sparse_infill_density", "40%"), recommendation(reply).processOverrides());
        assertEquals(List.of(new OverrideExplanation("稀疏填充密度", "您要求填充为 40%。")), reply.explanations());
        assertTrue(Turns.isChinese(reply.content()), reply.content());
    }
}
