package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.knowledge.SlicingGoal;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a message against the phrase tables. A task intent scores one hit per phrase of its table found in the
 * message; a print issue also scores per defect the domain's knowledge recognises, unless the message names the goal
 * that prevents the defect ("reduce stringing" is a wish). Determining settings also scores per goal named
 * ("stronger", "vase mode"), for a follow-up ("even more"), per explicit value or move ("infill 40%", "wider brim"; not
 * of a setting named by a common word such as "first layer", which complaints name too), or once when a change or keep
 * word meets a setting ("add a brim", "keep the layer height"), and per advice word ("recommend", "improve") when the
 * message is about printing: on their own those words are too common to mean slicing.
 */
final class IntentRules {

    /** The intents with phrase tables of their own, the ones that name a task. */
    static final List<Intent> TASKS = List.of(
            Intent.DETERMINE_SLICING_SETTINGS, Intent.RETRIEVE_SLICING_SETTINGS, Intent.PRINT_ISSUE,
            Intent.SLICE_MODEL, Intent.AUTO_ORIENT, Intent.AUTO_ARRANGE, Intent.ADD_PRINTERS, Intent.CHANGE_PRINTER,
            Intent.ADD_FILAMENTS, Intent.CHANGE_FILAMENT, Intent.CONTACT_SUPPORT, Intent.START_CHAT_OVER);

    /** The goals that prevent a defect: naming one with the defect is a wish, not a report. */
    private static final Map<Defect, SlicingGoal> PREVENTED_BY = Map.of(
            Defect.STRINGING, SlicingGoal.LESS_STRINGING,
            Defect.WARPING, SlicingGoal.BETTER_ADHESION,
            Defect.POOR_FIRST_LAYER_ADHESION, SlicingGoal.BETTER_ADHESION);

    private final Vocabulary vocabulary;
    private final ExplicitRequests explicitRequests;
    private final DefectKnowledge defects = DefectKnowledge.standard();

    IntentRules(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.explicitRequests = new ExplicitRequests(vocabulary);
    }

    IntentScores score(NormalisedText text) {
        Map<Intent, Integer> hits = new EnumMap<>(Intent.class);
        for (Intent task : TASKS) {
            add(hits, task, vocabulary.phrasesFor(task, text));
        }
        List<SlicingGoal> goals = vocabulary.goalsIn(text);
        for (Defect defect : defects.recognise(text.value())) {
            if (!goals.contains(PREVENTED_BY.get(defect))) {
                add(hits, Intent.PRINT_ISSUE, 1);
            }
        }
        List<SettingMention> settings = vocabulary.settingsIn(text).stream()
                .filter(mention -> !mention.setting().commonWord()).toList();
        add(hits, Intent.DETERMINE_SLICING_SETTINGS, explicitValueHits(text, settings));
        add(hits, Intent.DETERMINE_SLICING_SETTINGS, goals.size());
        if (vocabulary.has(Cue.FURTHER, text)) {
            add(hits, Intent.DETERMINE_SLICING_SETTINGS, 1);
        }
        boolean aboutPrinting = !settings.isEmpty() || vocabulary.has(Cue.PRINTING, text)
                || vocabulary.topicIn(text).isPresent();
        if (aboutPrinting) {
            add(hits, Intent.DETERMINE_SLICING_SETTINGS, vocabulary.phrasesFor(Cue.ADVICE, text));
        }
        return new IntentScores(hits, vocabulary.phrasesFor(Intent.GREETING, text) > 0,
                vocabulary.has(Cue.QUESTION, text), aboutPrinting);
    }

    /**
     * Whether the message asks for something the settings reply acts on: a value or a direction for a setting named by
     * more than a common word ("infill 40%", "wider brim"), or a goal of the goal tables ("stronger").
     */
    boolean namesAWish(NormalisedText text) {
        return !vocabulary.goalsIn(text).isEmpty() || amountsAndMoves(text) > 0;
    }

    /** How many values and directions the text asks of settings named by more than a common word. */
    private long amountsAndMoves(NormalisedText text) {
        return explicitRequests.in(text).stream()
                .filter(request -> request instanceof Requested.Amount || request instanceof Requested.Move)
                .filter(request -> !request.setting().commonWord()).count();
    }

    private int explicitValueHits(NormalisedText text, List<SettingMention> settings) {
        long amounts = amountsAndMoves(text);
        if (amounts > 0) {
            return (int) amounts;
        }
        boolean asksOfASetting = vocabulary.has(Cue.CHANGE, text) || vocabulary.has(Cue.KEEP, text);
        return !settings.isEmpty() && asksOfASetting ? 1 : 0;
    }


    private static void add(Map<Intent, Integer> hits, Intent intent, int count) {
        if (count > 0) {
            hits.merge(intent, count, Integer::sum);
        }
    }
}
