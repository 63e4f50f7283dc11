package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.catalog.ElegooPresetFixtures;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.knowledge.SlicingGoal;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings requests the way users write them, on the real Elegoo presets: goals in words the goal tables lack (the
 * goal model reads them), a material named as the reason, and no goal at all. None of these sentences is in the
 * training data.
 */
class GoalsInOtherWordsTest {

    private static SlicingRecommendation recommendation(AssistantReply reply) {
        return reply.recommendation().orElseThrow(() -> new AssertionError("no recommendation: " + reply));
    }

    private static AssistantReply ask(String text, Language language) {
        return Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, text, language);
    }

    private static AssistantReply ask(String text, List<Plate> plates) {
        return Turns.reply(new AssistantRequest(Conversation.of(ChatMessage.user(text)), Workflow.QUERY_INTENT,
                new Classification(Intent.DETERMINE_SLICING_SETTINGS, 0.9), Optional.of(Fixtures.standardPla()),
                plates, Language.EN, Optional.empty()));
    }

    private static List<Plate> plateWith(String... names) {
        List<ModelObject> models = java.util.stream.IntStream.range(0, names.length)
                .mapToObj(i -> new ModelObject(String.valueOf(i + 1), names[i], OptionalInt.empty())).toList();
        return List.of(new Plate(Optional.empty(), 0, Optional.empty(), models));
    }

    private static int wallLoops(SlicingRecommendation recommendation) {
        return Integer.parseInt(recommendation.processOverrides().getOrDefault("wall_loops",
                recommendation.processPreset().equals(Optional.of(Fixtures.STRENGTH)) ? "99" : "0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | STRONGER         | the shelf clip should be stiffer
            en    | FASTER           | I'm in a hurry with this one
            en    | SMOOTHER_SURFACE | it's a cosmetic part for the living room
            en    | SAVE_MATERIAL    | I'm low on filament this week
            en    | FLEXIBLE_PART    | the gasket needs to be squishy
            de    | STRONGER         | der Griff soll bruchfest sein
            de    | FASTER           | nur ein Testdruck zum Anprobieren
            de    | SAVE_MATERIAL    | den Filamentverbrauch gering halten
            de    | FINER_DETAIL     | die Figur ist sehr filigran
            ru    | STRONGER         | полка должна выдерживать книги
            ru    | FASTER           | нужно срочно, качество потом
            ru    | SMOOTHER_SURFACE | подарок, должен выглядеть красиво
            ru    | WATERTIGHT       | бачок нужен без протечек
            ru    | FLEXIBLE_PART    | крышка должна быть упругой
            """)
    void everydayGoalWords_inEnglishGermanAndRussian_areInTheGoalTables(String tag, SlicingGoal goal, String text) {
        assertEquals(List.of(goal), Vocabulary.standard().goalsIn(NormalisedText.of(text)), tag + ": " + text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            zh-CN | 这个支架要做得耐摔一些
            de    | das Gehäuse soll Stürze aushalten, mach die Hülle dicker
            es    | quiero que la carcasa aguante golpes sin romperse
            ru    | корпус должен выдерживать падения, сделай понадёжнее
            """)
    void aSturdierPart_inOtherWords_getsMoreWalls(String tag, String text) {
        SlicingRecommendation recommendation = recommendation(ask(text, Language.fromTag(tag)));
        assertTrue(wallLoops(recommendation) >= 4, recommendation.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | just a rough mock-up, nobody will look at it
            zh-CN | 打印时间尽量压短，外观随便
            fr    | une simple ébauche, l'aspect ne compte pas
            it    | riduci il più possibile il tempo di stampa
            pt-BR | só um rascunho, a aparência não importa
            """)
    void aQuickerPrint_inOtherWords_neverTakesAFinerPreset(String tag, String text) {
        SlicingRecommendation recommendation = recommendation(ask(text, Language.fromTag(tag)));
        assertTrue(recommendation.processPreset().isPresent(), recommendation.toString());
        assertTrue(layerHeightOf(recommendation.processPreset().get()).compareTo(new BigDecimal("0.2")) > 0,
                recommendation.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | I need it to finish sooner
            en    | can it be done earlier, I'm in a hurry
            zh-CN | 想让它早点打完
            de    | es soll früher fertig sein
            es    | que termine antes, por favor
            """)
    void aRequestToFinishSooner_neverChoosesAFinerSlowerPreset(String tag, String text) {
        AssistantReply reply = ask(text, Language.fromTag(tag));
        reply.recommendation().ifPresent(recommendation -> {
            recommendation.processPreset().ifPresent(preset -> assertTrue(
                    layerHeightOf(preset).compareTo(new BigDecimal("0.2")) >= 0, recommendation.toString()));
            assertFalse(Optional.ofNullable(recommendation.processOverrides().get("layer_height"))
                    .filter(height -> new BigDecimal(height).compareTo(new BigDecimal("0.2")) < 0).isPresent(),
                    recommendation.toString());
            assertFalse(recommendation.processOverrides().containsKey("outer_wall_speed"), recommendation.toString());
        });
    }

    @Test
    void savingFilamentOnAnOrnament_lowersTheInfill() {
        SlicingRecommendation recommendation = recommendation(
                ask("it's a christmas tree ornament, don't waste plastic on it", Language.EN));
        assertTrue(recommendation.processOverrides().get("sparse_infill_density").compareTo("15%") < 0,
                recommendation.toString());
    }

    @Test
    void aMaterialNamedAsTheReason_selectsTheUsersPresetOfIt() {
        AssistantReply reply = ask("tune everything for the PETG spool I'm loading next", Language.EN);
        assertTrue(reply.content().contains("Select your filament preset “" + Fixtures.PETG + "”: it is made for "
                + "PETG"), reply.content());
        assertTrue(actions(reply).contains(ActionName.CHANGE_FILAMENT), reply.toString());
        reply.recommendation().ifPresent(r -> assertEquals(Map.of(), r.filamentOverrides(), r.toString()));
    }

    @Test
    void aMaterialWithoutAPreset_bringsTheFilamentIntoItsRanges() {
        SlicingProfiles plaOnly = ElegooPresetFixtures.selecting(Fixtures.PLA, Fixtures.STANDARD, Map.of(), Map.of());
        SlicingProfiles withoutAbs = new SlicingProfiles(plaOnly.filamentPresets(), plaOnly.processPresets(),
                Map.of(), Map.of());
        AssistantReply reply = Turns.reply(Intent.DETERMINE_SLICING_SETTINGS, "I'm switching to ABS, set it up",
                Language.EN, withoutAbs);
        Map<String, List<String>> filament = recommendation(reply).filamentOverrides();
        assertEquals(List.of("255"), filament.get("nozzle_temperature"), filament.toString());
        assertEquals(List.of("95"), filament.get("hot_plate_temp"), filament.toString());
        assertTrue(Integer.parseInt(filament.get("fan_max_speed").getFirst()) <= 80, filament.toString());
    }

    @Test
    void noGoal_aBracketOnThePlate_getsAStrongerPart_withTheGoalsOffered() {
        AssistantReply reply = ask("which settings should I use for this?", plateWith("shelf_bracket_v3.stl"));
        SlicingRecommendation recommendation = recommendation(reply);
        assertEquals(Optional.of(Fixtures.STRENGTH), recommendation.processPreset(), recommendation.toString());
        assertTrue(reply.content().startsWith("Going by the model “shelf_bracket_v3.stl”, I aimed for a stronger "
                + "part."), reply.content());
        assertEquals(List.of(ActionName.DETERMINE_SLICING_SETTINGS, ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS),
                actions(reply));
        assertEquals(5, options(reply).size());
    }

    @Test
    void noGoal_aFigurine_getsFinerDetail() {
        SlicingRecommendation recommendation = recommendation(
                ask("what settings do you suggest?", plateWith("DragonFigurine.3mf")));
        assertEquals(Optional.of(Fixtures.FINE), recommendation.processPreset(), recommendation.toString());
    }

    @Test
    void noGoal_aVase_getsVaseMode() {
        SlicingRecommendation recommendation = recommendation(
                ask("what settings do you suggest?", plateWith("tall_vase.stl")));
        assertEquals("1", recommendation.processOverrides().get("spiral_mode"), recommendation.toString());
    }

    private static BigDecimal layerHeightOf(String preset) {
        return new BigDecimal(preset.substring(0, preset.indexOf("mm")));
    }
}
