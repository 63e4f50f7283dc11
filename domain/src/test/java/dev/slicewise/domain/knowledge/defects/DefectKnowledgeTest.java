package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.catalog.ElegooPresetFixtures;
import dev.slicewise.domain.catalog.GuardrailNote;
import dev.slicewise.domain.catalog.GuardrailResult;
import dev.slicewise.domain.catalog.RecommendationGuardrail;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefectKnowledgeTest {

    private static final DefectKnowledge KNOWLEDGE = DefectKnowledge.standard();
    private static final String STANDARD = "0.20mm Standard @Elegoo CC 0.4 nozzle";

    /** The real Elegoo presets: the filament whose name contains the word selected, the standard process. */
    private static SlicingProfiles real(String filament, Map<String, String> overrides) {
        List<Preset> filaments = ElegooPresetFixtures.filament().stream()
                .map(p -> new Preset(p.name(), p.name().equals(filament), p.config())).toList();
        List<Preset> processes = ElegooPresetFixtures.process().stream()
                .map(p -> new Preset(p.name(), p.name().equals(STANDARD), p.config())).toList();
        Map<String, ConfigValue> filamentOverrides = new HashMap<>();
        Map<String, ConfigValue> processOverrides = new HashMap<>();
        overrides.forEach((key, value) -> {
            if (SettingsCatalog.standard().find(key).orElseThrow().scope().name().equals("FILAMENT")) {
                filamentOverrides.put(key, new ConfigValue.PerExtruder(List.of(value)));
            } else {
                processOverrides.put(key, new ConfigValue.Scalar(value));
            }
        });
        return new SlicingProfiles(filaments, processes, filamentOverrides, processOverrides);
    }

    private static SlicingProfiles pla(Map<String, String> overrides) {
        return real("Elegoo PLA @ECC", overrides);
    }

    private static SlicingProfiles petg(Map<String, String> overrides) {
        return real("Elegoo PETG PRO @ECC", overrides);
    }

    private static SlicingProfiles asa(Map<String, String> overrides) {
        return real("Elegoo ASA @ECC", overrides);
    }

    private static List<Cause> causes(Defect defect, SlicingProfiles profiles) {
        return KNOWLEDGE.rankCauses(defect, profiles).stream().map(RankedCause::cause).toList();
    }

    private static RankedCause ranked(Defect defect, Cause cause, SlicingProfiles profiles) {
        return KNOWLEDGE.rankCauses(defect, profiles).stream().filter(r -> r.cause() == cause).findFirst()
                .orElseThrow();
    }

    // ---- recognition

    @Test
    void recognise_findsDefectsInEnglish_whateverTheCaseAndPlural() {
        assertEquals(List.of(Defect.STRINGING), KNOWLEDGE.recognise("My PETG benchy has lots of Strings everywhere"));
        assertEquals(List.of(Defect.ELEPHANT_FOOT, Defect.WARPING),
                KNOWLEDGE.recognise("The ABS box warped at the corners and has an elephant's foot too"));
        assertEquals(List.of(Defect.LAYER_SHIFT), KNOWLEDGE.recognise("halfway up, the layers SHIFTED to the left"));
        assertEquals(List.of(Defect.CLOGGED_NOZZLE), KNOWLEDGE.recognise("I think my nozzle is clogged again..."));
    }

    @Test
    void recognise_findsDefectsInChinese_bySubstring() {
        assertEquals(List.of(Defect.STRINGING), KNOWLEDGE.recognise("我用PETG打印的模型拉丝很严重，怎么办？"));
        assertEquals(List.of(Defect.WARPING), KNOWLEDGE.recognise("ABS 打印的时候四个角都翘边了"));
        assertEquals(List.of(Defect.HARD_TO_REMOVE_SUPPORTS), KNOWLEDGE.recognise("这次支撑拆不掉，好难受"));
    }

    @Test
    void recognise_matchesWholeWordsOnly_andFindsNothingInPlainText() {
        assertEquals(List.of(), KNOWLEDGE.recognise("Please make it print faster with a 0.6 nozzle"));
        assertEquals(List.of(), KNOWLEDGE.recognise("the bridgestone tyre model"));
        assertEquals(List.of(), KNOWLEDGE.recognise(""));
    }

    // ---- ranking

    @Test
    void stringing_onPetg_blamesMoistureAndTheMaterialMoreThanOnPla() {
        SlicingProfiles pla = pla(Map.of());
        SlicingProfiles petg = petg(Map.of());

        assertTrue(ranked(Defect.STRINGING, Cause.WET_FILAMENT, petg).score()
                > ranked(Defect.STRINGING, Cause.WET_FILAMENT, pla).score());
        assertTrue(ranked(Defect.STRINGING, Cause.TOO_LITTLE_RETRACTION, petg).score()
                > ranked(Defect.STRINGING, Cause.TOO_LITTLE_RETRACTION, pla).score());
        assertEquals(Evidence.ABSORBS_WATER, ranked(Defect.STRINGING, Cause.WET_FILAMENT, petg).reason());
        assertEquals(Evidence.COMMON, ranked(Defect.STRINGING, Cause.WET_FILAMENT, pla).reason());
        assertTrue(causes(Defect.STRINGING, petg).indexOf(Cause.WET_FILAMENT)
                < causes(Defect.STRINGING, pla).indexOf(Cause.WET_FILAMENT));
    }

    @Test
    void stringing_withTheNozzleAtTheTopOfTheRange_blamesHeatFirst() {
        RankedCause first = KNOWLEDGE.rankCauses(Defect.STRINGING, pla(Map.of("nozzle_temperature", "228")))
                .getFirst();

        assertEquals(Cause.NOZZLE_TOO_HOT, first.cause());
        assertEquals("evidence.HOT_NOZZLE", first.reasonKey());
        assertEquals("Your nozzle temperature is at the top of the filament’s range.", first.reasonText(Language.EN));
    }

    @Test
    void stringing_withRetractionBelowTheMaterialsTypical_blamesRetractionFirst() {
        RankedCause first = KNOWLEDGE.rankCauses(Defect.STRINGING, petg(Map.of("filament_retraction_length", "0.4")))
                .getFirst();

        assertEquals(Cause.TOO_LITTLE_RETRACTION, first.cause());
        assertEquals(Evidence.SHORT_RETRACTION, first.reason());
    }

    @Test
    void warping_isNeverBlamedOnInfill() {
        for (String density : List.of("15%", "5%", "40%")) {
            SlicingProfiles profiles = pla(Map.of("sparse_infill_density", density));
            assertFalse(causes(Defect.WARPING, profiles).contains(Cause.SPARSE_INFILL_UNDER_TOP), density);
            for (RankedCause cause : KNOWLEDGE.rankCauses(Defect.WARPING, profiles)) {
                Fix fix = KNOWLEDGE.fixFor(cause, profiles, Language.EN);
                assertFalse(fix.settings().processOverrides().containsKey("sparse_infill_density"), density);
            }
        }
    }

    @Test
    void warping_onAsaWithoutBrim_blamesTheMissingBrimAndDraftsFirst() {
        List<Cause> causes = causes(Defect.WARPING, asa(Map.of("brim_type", "no_brim")));

        assertEquals(List.of(Cause.NO_BRIM, Cause.DRAFTS), causes.subList(0, 2));
        assertEquals(Cause.BED_NOT_CLEAN, causes(Defect.WARPING, pla(Map.of())).getFirst());
    }

    @Test
    void ranking_isDeterministic_andMostLikelyFirst() {
        SlicingProfiles profiles = petg(Map.of());
        for (Defect defect : Defect.values()) {
            List<RankedCause> ranked = KNOWLEDGE.rankCauses(defect, profiles);
            assertEquals(ranked, KNOWLEDGE.rankCauses(defect, profiles));
            assertFalse(ranked.isEmpty(), defect.name());
            for (int i = 1; i < ranked.size(); i++) {
                assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score(), defect.name());
            }
        }
    }

    // ---- fixes

    @ParameterizedTest
    @ValueSource(strings = {"Elegoo PLA @ECC", "Elegoo PETG PRO @ECC"})
    void everyFix_passesTheGuardrail_onTheRealPresets_withoutRefusals(String filament) {
        RecommendationGuardrail guardrail = new RecommendationGuardrail(SettingsCatalog.standard());
        SlicingProfiles profiles = real(filament, Map.of());
        List<String> problems = new ArrayList<>();
        for (Defect defect : Defect.values()) {
            for (RankedCause cause : KNOWLEDGE.rankCauses(defect, profiles)) {
                Fix fix = KNOWLEDGE.fixFor(cause, profiles, Language.ZH_CN);
                GuardrailResult result = guardrail.review(fix.settings(), profiles, Language.ZH_CN);
                result.notes().stream().filter(note -> !(note instanceof GuardrailNote.ImpliedSettingAdded))
                        .forEach(note -> problems.add(defect + "/" + cause.cause() + ": " + note));
                int proposed = fix.settings().filamentOverrides().size() + fix.settings().processOverrides().size();
                int kept = result.recommendation().map(r -> r.filamentOverrides().size()
                        + r.processOverrides().size()).orElse(0);
                if (kept < proposed) {
                    problems.add(defect + "/" + cause.cause() + ": kept " + kept + " of " + proposed);
                }
                if (proposed == 0 && fix.actions().isEmpty()) {
                    problems.add(defect + "/" + cause.cause() + ": nothing to do");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void fix_forHeat_lowersTheNozzle_explainedInTheLanguage() {
        SlicingProfiles profiles = petg(Map.of("nozzle_temperature", "255"));
        RankedCause hot = ranked(Defect.STRINGING, Cause.NOZZLE_TOO_HOT, profiles);

        Fix fix = KNOWLEDGE.fixFor(hot, profiles, Language.DE);

        assertEquals("245", ((dev.slicewise.domain.catalog.ProposedValue.Several)
                fix.settings().filamentOverrides().get("nozzle_temperature")).raws().getFirst());
        assertEquals(Cause.NOZZLE_TOO_HOT.text(Language.DE), fix.settings().explanations().get("nozzle_temperature"));
        assertEquals(List.of(), fix.actions());
    }

    @Test
    void fix_forRetraction_startsFromTheTypicalValue_whenThePresetLeavesItToThePrinter() {
        SlicingProfiles profiles = petg(Map.of());
        Fix fix = KNOWLEDGE.fixFor(ranked(Defect.STRINGING, Cause.TOO_LITTLE_RETRACTION, profiles), profiles,
                Language.EN);

        assertEquals(new dev.slicewise.domain.catalog.ProposedValue.Several(List.of("1.6")),
                fix.settings().filamentOverrides().get("filament_retraction_length"));
    }

    @Test
    void fix_forWetFilament_isPhysical() {
        SlicingProfiles profiles = petg(Map.of());
        Fix fix = KNOWLEDGE.fixFor(ranked(Defect.WET_FILAMENT, Cause.WET_FILAMENT, profiles), profiles, Language.EN);

        assertEquals(List.of(PhysicalAction.DRY_FILAMENT, PhysicalAction.STORE_DRY), fix.actions());
        assertTrue(fix.settings().filamentOverrides().isEmpty() && fix.settings().processOverrides().isEmpty());
        assertTrue(PhysicalAction.DRY_FILAMENT.text(Language.ZH_CN).contains("烘干"));
    }

    // ---- questions

    @Test
    void everyDefect_hasQuestionsWithOptions_inEveryLanguage() {
        for (Defect defect : Defect.values()) {
            List<DiagnosticQuestion> questions = KNOWLEDGE.questions(defect);
            assertFalse(questions.isEmpty(), defect.name());
            for (Language language : Language.values()) {
                assertFalse(defect.text(language).isBlank());
                for (DiagnosticQuestion question : questions) {
                    assertTrue(question.text(language).endsWith("?") || question.text(language).endsWith("？")
                            || question.text(language).endsWith(";"), question.id() + " " + language);
                    question.options().forEach(option -> assertFalse(option.text(language).isBlank()));
                }
            }
        }
        assertEquals("Does the extruder click or grind?", KNOWLEDGE.questions(Defect.UNDER_EXTRUSION).getFirst()
                .text(Language.EN));
        assertEquals("不确定", KNOWLEDGE.questions(Defect.UNDER_EXTRUSION).getFirst().options().get(2)
                .text(Language.ZH_CN));
    }

    // ---- answers

    private static String answer(String question, String text) {
        return KNOWLEDGE.answer(KNOWLEDGE.question(question), text).map(DiagnosticQuestion.AnswerOption::id)
                .orElse("-");
    }

    @Test
    void answer_isAnOptionsLabel_inAnyLanguage() {
        assertEquals("OPEN_WEEKS", answer("storage", "In the open for weeks"));
        assertEquals("OPEN_WEEKS", answer("storage", "敞开放了几周"));
        assertEquals("NOT_FIXED", answer(DefectKnowledge.FIX_OUTCOME, "Das hat das Problem nicht behoben"));
        assertEquals("CURRENT_PROJECT",
                answer(DefectKnowledge.CURRENT_SETTINGS, "troubleshoot settings in current project"));
    }

    @Test
    void answer_inTheUsersOwnWords_inEnglishAndChinese() {
        assertEquals("OPEN_WEEKS", answer("storage", "it has been sitting on the shelf for months"));
        assertEquals("DRY_BOX", answer("storage", "我一直放在干燥箱里"));
        assertEquals("YES", answer("travel_moves", "yeah, they are between the two towers"));
        assertEquals("NO", answer("travel_moves", "没有"));
        assertEquals("NOT_SURE", answer("travel_moves", "I don't know"));
        assertEquals("ROUND_GAPS", answer("first_layer_look", "the lines are round with gaps"));
        assertEquals("OTHER_PROJECT", answer(DefectKnowledge.CURRENT_SETTINGS, "no, it was another project"));
    }

    @Test
    void answer_theLongestPhraseDecides_soANegationWins() {
        assertEquals("NOT_FIXED", answer(DefectKnowledge.FIX_OUTCOME, "nope, not fixed, still stringing"));
        assertEquals("NOT_FIXED", answer(DefectKnowledge.FIX_OUTCOME, "还是拉丝，没解决"));
        assertEquals("WORKED", answer(DefectKnowledge.FIX_OUTCOME, "that worked, thanks"));
        assertEquals("WORKED", answer(DefectKnowledge.FIX_OUTCOME, "好了，解决了"));
        assertEquals("ANOTHER_ISSUE", answer(DefectKnowledge.FIX_OUTCOME, "I have a different problem now"));
    }

    @Test
    void answer_isNothing_whenTheTextSaysNoOptionOrTwoEqually() {
        assertEquals("-", answer("storage", "what a lovely day"));
        assertEquals("-", answer("where", "the middle and the bottom"));
    }

    @Test
    void answers_changeTheRanking_weeksInTheOpenBlameMoisture_aCleanBedClearsIt() {
        assertEquals(Cause.WET_FILAMENT, KNOWLEDGE.rankCauses(Defect.STRINGING, pla(Map.of()),
                Map.of("storage", "OPEN_WEEKS")).getFirst().cause());
        assertEquals(Cause.BED_NOT_CLEAN, KNOWLEDGE.rankCauses(Defect.WARPING, pla(Map.of()),
                Map.of("bed_cleaned", "LONGER_AGO")).getFirst().cause());
        List<Cause> cleaned = KNOWLEDGE.rankCauses(Defect.WARPING, pla(Map.of()), Map.of("bed_cleaned", "TODAY"))
                .stream().map(RankedCause::cause).toList();
        assertEquals(Cause.BED_NOT_CLEAN, cleaned.getLast());
    }

    @Test
    void aFixOfTheHardwareAlone_isARepair() {
        RankedCause belts = ranked(Defect.LAYER_SHIFT, Cause.LOOSE_BELTS, pla(Map.of()));
        assertTrue(KNOWLEDGE.fixFor(belts, pla(Map.of()), Language.EN).isRepair());
        RankedCause wet = ranked(Defect.STRINGING, Cause.WET_FILAMENT, pla(Map.of()));
        assertFalse(KNOWLEDGE.fixFor(wet, pla(Map.of()), Language.EN).isRepair());
    }

    @Test
    void recognise_knowsADefectsOwnName_inEveryLanguage() {
        for (Language language : Language.values()) {
            assertEquals(List.of(Defect.HARD_TO_REMOVE_SUPPORTS),
                    KNOWLEDGE.recognise(Defect.HARD_TO_REMOVE_SUPPORTS.text(language)), language.tag());
        }
    }
}
