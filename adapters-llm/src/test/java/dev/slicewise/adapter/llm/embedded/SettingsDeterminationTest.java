package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One message spelling out values, on the real Elegoo presets: honoured exactly within limits, else the guardrail's. */
class SettingsDeterminationTest {

    private static AssistantReply ask(String request) {
        return Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, request);
    }

    private static AssistantReply ask(String request, SlicingProfiles profiles) {
        return Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, request, Language.EN, profiles);
    }

    private static SlicingRecommendation recommendation(AssistantReply reply) {
        return reply.recommendation().orElseThrow(() -> new AssertionError("no recommendation: " + reply));
    }

    @Test
    void anExplicitInfillBecomesAProcessOverrideWithItsExplanation() {
        AssistantReply reply = ask("set the infill to 40%");
        assertEquals(new SlicingRecommendation(Optional.empty(), Map.of(), Map.of("sparse_infill_density", "40%")),
                recommendation(reply));
        assertEquals(List.of(new OverrideExplanation("Infill density", "You asked for 40%.")), reply.explanations());
        assertEquals(List.of(ActionName.DETERMINE_SLICING_SETTINGS), actions(reply));
    }

    @Test
    void severalValuesAreTakenExactly_withOneExplanationEach() {
        AssistantReply reply = ask("infill 40% and 3 walls");
        assertEquals(Map.of("sparse_infill_density", "40%", "wall_loops", "3"), recommendation(reply).processOverrides());
        assertEquals(List.of("Infill density", "Wall loops"),
                reply.explanations().stream().map(OverrideExplanation::parameter).toList());
    }

    @Test
    void aLayerHeightThatAPresetIsMadeFor_switchesToThatPreset() {
        AssistantReply reply = ask("use 0.12 layer height");
        assertEquals(new SlicingRecommendation(Optional.of(Fixtures.FINE), Map.of(), Map.of()), recommendation(reply));
        assertEquals(List.of(), reply.explanations());
        assertTrue(reply.content().contains("Switch to the preset “" + Fixtures.FINE + "”: it is made for the 0.12 mm "
                + "layers you asked for."), reply.content());
    }

    @Test
    void aLayerHeightWithoutAPreset_isAnOverride() {
        assertEquals(Map.of("layer_height", "0.18"), recommendation(ask("layer height 0.18 mm")).processOverrides());
    }

    @Test
    void aLayerHeightBeyondTheNozzle_isBroughtToItsLimit_andTheUserIsTold() {
        AssistantReply reply = ask("make the layer height 0.5mm");
        assertEquals(Map.of("layer_height", "0.3"), recommendation(reply).processOverrides());
        assertTrue(reply.content().contains("I set Layer height to 0.3 mm instead of 0.5 mm: with a 0.4 mm nozzle, "
                + "layers from 0.1 mm to 0.3 mm print reliably."), reply.content());
        assertTrue(reply.explanations().getFirst().explanation().startsWith("You asked for 0.5 mm. Limited to 0.3 mm"),
                reply.explanations().toString());
    }

    @Test
    void aNozzleTemperatureBecomesAOneElementFilamentOverride() {
        SlicingRecommendation recommendation = recommendation(ask("print at a nozzle temperature of 215°C"));
        assertEquals(Map.of("nozzle_temperature", List.of("215")), recommendation.filamentOverrides());
        assertEquals(Map.of(), recommendation.processOverrides());
    }

    @Test
    void petgAtNozzle300_isKeptAtTheTopOfPetgsRange_andSaysSo() {
        AssistantReply reply = ask("nozzle 300", Fixtures.profiles(Fixtures.PETG, Map.of()));
        assertEquals(Map.of("nozzle_temperature", List.of("260")), recommendation(reply).filamentOverrides());
        assertTrue(reply.content().contains("I kept Nozzle temperature at 260 °C instead of 300 °C: that is the top "
                + "of the range PETG prints well in (220 °C to 260 °C)."), reply.content());
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
        assertEquals(List.of(), reply.actions());
        assertEquals("Enable support is already off.", reply.content());
    }

    @Test
    void afterAPresetSwitch_aValueThePresetAlreadyHasIsNotSentAgain() {
        AssistantReply reply = ask("0.12 layer height with 15% infill");
        assertEquals(new SlicingRecommendation(Optional.of(Fixtures.FINE), Map.of(), Map.of()), recommendation(reply));
        assertTrue(reply.content().contains("Infill density is already 15%."), reply.content());
    }

    @Test
    void switchingPresets_restatesTheUsersOwnProcessChanges() {
        AssistantReply reply = ask("use 0.12 layer height", Fixtures.profiles(Fixtures.PLA, Map.of("wall_loops", "5")));
        assertEquals(new SlicingRecommendation(Optional.of(Fixtures.FINE), Map.of(), Map.of("wall_loops", "5")),
                recommendation(reply));
        assertEquals(List.of(new OverrideExplanation("Wall loops",
                "Your own change, kept: switching presets would otherwise reset it.")), reply.explanations());
        assertTrue(reply.content().contains("Switching presets would reset your own changes to Wall loops, so I kept "
                + "them."), reply.content());
    }

    @Test
    void aDecimalCommaIsUnderstood() {
        AssistantReply reply = Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, "Schichthöhe bitte 0,16", Language.DE);
        assertEquals(Optional.of(Fixtures.OPTIMAL), recommendation(reply).processPreset());
        assertTrue(reply.content().contains("Wechseln Sie zum Profil „" + Fixtures.OPTIMAL + "“"), reply.content());
    }

    @Test
    void withoutAGoalOrAValue_itRecommendsForTheSetup_andOffersTheGoalsToRefineIt() {
        AssistantReply reply = ask("can you recommend some settings?");
        assertTrue(reply.recommendation().isEmpty(), "the real PLA preset on a cube needs no change: " + reply);
        assertTrue(reply.content().startsWith("“" + Fixtures.STANDARD + "” with " + Fixtures.PLA
                + " is a sound start"), reply.content());
        assertEquals(List.of(ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS), actions(reply));
        assertEquals(List.of("Make it stronger", "Print faster", "Finer detail", "Better bed adhesion",
                "Add supports for overhangs"), options(reply));
    }

    @Test
    void answersInChineseForAChineseRequest() {
        AssistantReply reply = Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, "把填充改成40%", Language.ZH_CN);
        assertEquals(Map.of("sparse_infill_density", "40%"), recommendation(reply).processOverrides());
        assertEquals(List.of(new OverrideExplanation("填充密度", "您要求设为 40%。")), reply.explanations());
        assertTrue(Turns.isChinese(reply.content()), reply.content());
    }

    // ---- values in every form users write them, directions, and values no one would ask for

    @Test
    void anOuterWallSpeedInSpanish_landsOnTheOuterWallSpeed_andLeavesTheWallCountAlone() {
        AssistantReply reply = Turns.reply(Intent.DETERMINE_SLICING_SETTINGS,
                "quiero el perímetro exterior a 45 mm/s", Language.ES);
        assertEquals(Map.of("outer_wall_speed", "45"), recommendation(reply).processOverrides());
    }

    @Test
    void aWiderBrim_widensIt_fromThePresetsWidth() {
        AssistantReply reply = ask("could the brim be a little wider");
        assertEquals("8", recommendation(reply).processOverrides().get("brim_width"));
        assertTrue(reply.explanations().contains(new OverrideExplanation("Brim width",
                "You asked for more: raised one step to 8 mm.")), reply.explanations().toString());
    }

    @Test
    void moreTopLayers_andASlowerOuterWall_moveThoseSettings() {
        assertEquals(Map.of("top_shell_layers", "7"), recommendation(ask("more top layers please")).processOverrides());
        SlicingRecommendation slower = recommendation(Turns.reply(Intent.DETERMINE_SLICING_SETTINGS,
                "Außenwand bitte langsamer drucken", Language.DE));
        assertEquals(Map.of("outer_wall_speed", "128"), slower.processOverrides(), "one step down from 160 mm/s");
    }

    @Test
    void aBareLayerWithALayerHeight_isTheLayerHeight() {
        assertEquals(Map.of("layer_height", "0.18"), recommendation(ask("layer 0.18 please")).processOverrides());
    }

    @Test
    void eightyWalls_areRefused_inTheUsersLanguage() {
        AssistantReply reply = Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, "ponle 80 paredes", Language.ES);
        assertEquals(Optional.empty(), reply.recommendation());
        assertTrue(reply.content().contains("80 no es un valor con el que se imprima"), reply.content());
    }
}
