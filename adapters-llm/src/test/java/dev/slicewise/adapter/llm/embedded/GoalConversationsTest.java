package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conversations about goals, replayed on the real Elegoo Centauri Carbon presets through the real classifier and
 * model, in English and Chinese: what is recommended, which preset, the explanations and the actions, turn by turn.
 */
class GoalConversationsTest {

    private static SlicingRecommendation recommendation(AssistantReply reply) {
        return reply.recommendation().orElseThrow(() -> new AssertionError("no recommendation: " + reply.content()));
    }

    private static List<String> parameters(AssistantReply reply) {
        return reply.explanations().stream().map(OverrideExplanation::parameter).toList();
    }

    private static void assertDetermined(AssistantReply reply) {
        assertEquals(List.of(ActionName.DETERMINE_SLICING_SETTINGS), actions(reply), reply.content());
        assertEquals(recommendation(reply).processOverrides().size() + recommendation(reply).filamentOverrides().size(),
                reply.explanations().size(), "one explanation per changed setting");
    }

    @Test
    void aStrongBracket_thenEvenStronger() {
        Dialogue dialogue = Dialogue.in(Language.EN);

        AssistantReply strong = dialogue.say("I need this bracket to be strong");
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, dialogue.lastClassification().intent());
        assertEquals(new SlicingRecommendation(Optional.of(Fixtures.STRENGTH), Map.of(),
                Map.of("sparse_infill_density", "25%", "sparse_infill_pattern", "gyroid")), recommendation(strong));
        assertDetermined(strong);
        assertEquals(List.of("Infill density", "Infill pattern"), parameters(strong));
        assertTrue(strong.content().startsWith("Here is what I recommend for a stronger part."), strong.content());
        assertTrue(strong.content().contains("Switch to the preset “" + Fixtures.STRENGTH + "”"), strong.content());

        AssistantReply stronger = dialogue.say("even stronger");
        assertEquals(Map.of("sparse_infill_density", "30%", "sparse_infill_pattern", "gyroid", "top_shell_layers", "7"),
                recommendation(stronger).processOverrides());
        assertDetermined(stronger);
    }

    @Test
    void aStrongBracket_thenEvenStronger_inChinese() {
        Dialogue dialogue = Dialogue.in(Language.ZH_CN);

        AssistantReply strong = dialogue.say("我需要这个支架很结实");
        assertEquals(Optional.of(Fixtures.STRENGTH), recommendation(strong).processPreset());
        assertEquals(List.of("填充密度", "填充图案"), parameters(strong));
        assertTrue(strong.content().startsWith("以下是我针对更结实的零件的推荐"), strong.content());

        AssistantReply stronger = dialogue.say("再结实一点");
        assertEquals("30%", recommendation(stronger).processOverrides().get("sparse_infill_density"));
        assertDetermined(stronger);
    }

    @Test
    void fasterTakesTheDraftPreset_andKeepsTheStrengthAskedForBefore() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        assertEquals(Optional.of(Fixtures.DRAFT), recommendation(Dialogue.in(Language.EN).say("make it print faster"))
                .processPreset());

        dialogue.say("make it stronger");
        AssistantReply faster = dialogue.say("make it print faster");
        assertEquals(Optional.of(Fixtures.DRAFT), recommendation(faster).processPreset());
        assertEquals("4", recommendation(faster).processOverrides().get("wall_loops"),
                "strength outranks speed when they pull the walls apart");
        assertTrue(faster.content().startsWith("Here is what I recommend for a stronger part, faster printing."),
                faster.content());
    }

    @Test
    void faster_inChinese() {
        AssistantReply reply = Dialogue.in(Language.ZH_CN).say("打印快一点");
        assertEquals(new SlicingRecommendation(Optional.of(Fixtures.DRAFT), Map.of(), Map.of()), recommendation(reply));
        assertTrue(reply.content().contains("切换到预设“" + Fixtures.DRAFT + "”"), reply.content());
    }

    @Test
    void finerDetail_takesTheFinestPreset_andAnotherNozzleMovesTheLimit() {
        AssistantReply fine = Dialogue.in(Language.EN).say("finer detail please");
        assertEquals(Optional.of(Fixtures.FINE), recommendation(fine).processPreset());
        assertEquals(Map.of("outer_wall_speed", "120", "wall_generator", "arachne"),
                recommendation(fine).processOverrides());
        assertDetermined(fine);

        AssistantReply sixTenths = Dialogue.in(Language.EN).say("I use a 0.6 nozzle, finest possible");
        assertEquals(Optional.of(Fixtures.OPTIMAL), recommendation(sixTenths).processPreset(),
                "0.12 mm is below a quarter of a 0.6 mm nozzle");
    }

    @Test
    void finerDetail_inChinese_andANozzleStatedInAnEarlierMessage() {
        assertEquals(Optional.of(Fixtures.FINE), recommendation(Dialogue.in(Language.ZH_CN).say("细节更精细一些"))
                .processPreset());

        Dialogue dialogue = Dialogue.in(Language.ZH_CN);
        dialogue.say("我的喷嘴是0.6的");
        AssistantReply reply = dialogue.say("我要最精细的细节");
        assertEquals(Optional.of(Fixtures.OPTIMAL), recommendation(reply).processPreset());
    }

    @Test
    void keepingTheLayerHeight_dropsTheFinerPreset() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        dialogue.say("finer detail please");
        AssistantReply kept = dialogue.say("actually keep the layer height");

        assertEquals(new SlicingRecommendation(Optional.empty(), Map.of(),
                Map.of("outer_wall_speed", "120", "wall_generator", "arachne")), recommendation(kept));
    }

    @Test
    void explicitValuesAreHonouredExactly() {
        AssistantReply reply = Dialogue.in(Language.EN).say("infill 40% and 3 walls");
        assertEquals(new SlicingRecommendation(Optional.empty(), Map.of(),
                Map.of("sparse_infill_density", "40%", "wall_loops", "3")), recommendation(reply));

        AssistantReply chinese = Dialogue.in(Language.ZH_CN).say("填充40%，3层墙");
        assertEquals(Map.of("sparse_infill_density", "40%", "wall_loops", "3"),
                recommendation(chinese).processOverrides());
        assertEquals(List.of("填充密度", "墙层数"), parameters(chinese));
    }

    @Test
    void anExplicitValueWinsOverTheGoal() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        dialogue.say("make it stronger");
        AssistantReply reply = dialogue.say("but only 18% infill");
        assertEquals(Intent.DETERMINE_SLICING_SETTINGS, dialogue.lastClassification().intent());
        assertEquals(Optional.of(Fixtures.STRENGTH), recommendation(reply).processPreset());
        assertEquals("18%", recommendation(reply).processOverrides().get("sparse_infill_density"));
    }

    @Test
    void petgAt300_isClampedToPetgsTop_withTheNote() {
        AssistantReply reply = new Dialogue(Language.EN, Fixtures.profiles(Fixtures.PETG, Map.of())).say("nozzle 300");
        assertEquals(Map.of("nozzle_temperature", List.of("260")), recommendation(reply).filamentOverrides());
        assertTrue(reply.content().contains("I kept Nozzle temperature at 260 °C instead of 300 °C"), reply.content());

        AssistantReply chinese = new Dialogue(Language.ZH_CN, Fixtures.profiles(Fixtures.PETG, Map.of()))
                .say("喷嘴温度调到300度");
        assertEquals(Map.of("nozzle_temperature", List.of("260")), recommendation(chinese).filamentOverrides());
        assertTrue(chinese.content().contains("我把喷嘴温度保持在 260 °C，而不是 300 °C"), chinese.content());
    }

    @Test
    void finerDetailWithAManualInfill_switchesPresets_andRestatesTheInfill() {
        Dialogue dialogue = new Dialogue(Language.EN, Fixtures.profiles(Fixtures.PLA,
                Map.of("sparse_infill_density", "30%")));
        AssistantReply reply = dialogue.say("finer detail please");

        assertEquals(Optional.of(Fixtures.FINE), recommendation(reply).processPreset());
        assertEquals("30%", recommendation(reply).processOverrides().get("sparse_infill_density"));
        assertTrue(reply.explanations().contains(new OverrideExplanation("Infill density",
                "Your own change, kept: switching presets would otherwise reset it.")), reply.explanations().toString());
        assertTrue(reply.content().contains("Switching presets would reset your own changes to Infill density, so I "
                + "kept them."), reply.content());
        assertDetermined(reply);
    }

    @Test
    void aFlexiblePhoneCaseInTpu_printsSlowlyWithGentleRetraction() {
        AssistantReply reply = new Dialogue(Language.EN, Fixtures.profiles(Fixtures.TPU, Map.of()))
                .say("I want a flexible phone case");
        SlicingRecommendation recommendation = recommendation(reply);
        assertEquals(Map.of("outer_wall_speed", "25", "top_surface_speed", "25", "inner_wall_speed", "30",
                "sparse_infill_speed", "30", "internal_solid_infill_speed", "30", "initial_layer_speed", "15"),
                recommendation.processOverrides());
        assertEquals(Map.of("filament_retraction_speed", List.of("25")), recommendation.filamentOverrides());
        assertDetermined(reply);

        AssistantReply chinese = new Dialogue(Language.ZH_CN, Fixtures.profiles(Fixtures.TPU, Map.of()))
                .say("我要打印一个柔性手机壳");
        assertEquals(recommendation, recommendation(chinese));
    }

    @Test
    void aFlexiblePartInPla_isTunedForTheLoadedPla_andNamesTheFilamentThatFlexes() {
        AssistantReply reply = Dialogue.in(Language.EN).say("it has to be flexible");
        assertEquals(List.of(ActionName.DETERMINE_SLICING_SETTINGS), actions(reply));
        assertTrue(reply.recommendation().isPresent());
        assertTrue(reply.content().contains("a flexible filament such as TPU is the better choice"), reply.content());
    }

    @Test
    void vaseMode() {
        Map<String, String> vase = Map.of("spiral_mode", "1", "wall_loops", "1", "sparse_infill_density", "0%",
                "top_shell_layers", "0");
        assertEquals(vase, recommendation(Dialogue.in(Language.EN).say("print it in vase mode")).processOverrides());
        AssistantReply chinese = Dialogue.in(Language.ZH_CN).say("用花瓶模式打印");
        assertEquals(vase, recommendation(chinese).processOverrides());
        assertEquals(List.of("填充密度", "螺旋花瓶模式", "顶部壳体层数", "墙层数"), parameters(chinese));
    }

    @Test
    void aChineseRequest_isAnsweredInChinese_evenWhenTheSlicerIsInEnglish() {
        AssistantReply reply = Dialogue.in(Language.EN).say("我需要这个支架很结实");
        assertTrue(Turns.isChinese(reply.content()), reply.content());
        assertEquals(List.of("填充密度", "填充图案"), parameters(reply));
    }
}
