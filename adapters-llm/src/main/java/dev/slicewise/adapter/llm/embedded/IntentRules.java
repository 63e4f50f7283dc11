package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.Intent;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a message against the phrase tables. A task intent scores one hit per phrase of its table found in the
 * message; a print issue also scores per defect phrase. Determining settings also scores per explicit value
 * ("infill 40%"), or once when a change word meets a setting ("add a brim"), and per advice word ("recommend",
 * "improve") when the message is about printing: on their own those words are too common to mean slicing.
 */
final class IntentRules {

    /** The intents with phrase tables of their own, the ones that name a task. */
    static final List<Intent> TASKS = List.of(
            Intent.DETERMINE_SLICING_SETTINGS, Intent.RETRIEVE_SLICING_SETTINGS, Intent.PRINT_ISSUE,
            Intent.SLICE_MODEL, Intent.AUTO_ORIENT, Intent.AUTO_ARRANGE, Intent.ADD_PRINTERS, Intent.CHANGE_PRINTER,
            Intent.ADD_FILAMENTS, Intent.CHANGE_FILAMENT, Intent.CONTACT_SUPPORT, Intent.START_CHAT_OVER);

    private final Vocabulary vocabulary;
    private final ExplicitRequests explicitRequests;

    IntentRules(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.explicitRequests = new ExplicitRequests(vocabulary);
    }

    IntentScores score(NormalisedText text) {
        Map<Intent, Integer> hits = new EnumMap<>(Intent.class);
        for (Intent task : TASKS) {
            add(hits, task, vocabulary.phrasesFor(task, text));
        }
        for (Defect defect : Defect.values()) {
            add(hits, Intent.PRINT_ISSUE, vocabulary.phrasesFor(defect, text));
        }
        List<SettingMention> settings = vocabulary.settingsIn(text);
        add(hits, Intent.DETERMINE_SLICING_SETTINGS, explicitValueHits(text, settings));
        boolean aboutPrinting = !settings.isEmpty() || vocabulary.has(Cue.PRINTING, text)
                || vocabulary.topicIn(text).isPresent();
        if (aboutPrinting) {
            add(hits, Intent.DETERMINE_SLICING_SETTINGS, vocabulary.phrasesFor(Cue.ADVICE, text));
        }
        return new IntentScores(hits, vocabulary.phrasesFor(Intent.GREETING, text) > 0,
                vocabulary.has(Cue.QUESTION, text), aboutPrinting);
    }

    private int explicitValueHits(NormalisedText text, List<SettingMention> settings) {
        long amounts = explicitRequests.in(text).stream().filter(Requested.Amount.class::isInstance).count();
        if (amounts > 0) {
            return (int) amounts;
        }
        return !settings.isEmpty() && vocabulary.has(Cue.CHANGE, text) ? 1 : 0;
    }

    /** A slicer action, support or a new chat: the intents that take a user out of print troubleshooting. */
    static boolean leavesTroubleshooting(Intent intent) {
        return intent.action().isPresent() && !intent.needsSlicingProfiles();
    }

    private static void add(Map<Intent, Integer> hits, Intent intent, int count) {
        if (count > 0) {
            hits.merge(intent, count, Integer::sum);
        }
    }
}
