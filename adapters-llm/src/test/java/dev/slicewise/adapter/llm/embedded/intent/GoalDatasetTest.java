package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.SlicingGoal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalDatasetTest {

    private static final LabelledDataset<LabelledGoal> SHIPPED = GoalDataset.load();

    @Test
    void labelsExactlyTheSettingsRequestsOfTheIntentDataset_inTheirOrder() {
        List<String> requests = IntentDataset.load().all().stream()
                .filter(utterance -> utterance.intent() == Intent.DETERMINE_SLICING_SETTINGS)
                .map(utterance -> utterance.language() + "\t" + utterance.text()).toList();
        List<String> labelled = SHIPPED.all().stream()
                .map(utterance -> utterance.language() + "\t" + utterance.text()).toList();
        List<String> unlabelled = new ArrayList<>(requests);
        unlabelled.removeAll(labelled);
        List<String> notRequests = new ArrayList<>(labelled);
        notRequests.removeAll(requests);
        assertEquals(List.of(), unlabelled, "settings requests of utterances.tsv without a line in goals.tsv");
        assertEquals(List.of(), notRequests, "lines of goals.tsv that are no settings request of utterances.tsv");
        assertEquals(requests, labelled);
    }

    @Test
    void everyLanguageHasTrainingRequestsForTheCommonGoalsAndForNone() {
        Map<String, Long> counts = SHIPPED.split().training().stream().collect(Collectors.groupingBy(
                utterance -> utterance.language() + " " + utterance.label(), TreeMap::new, Collectors.counting()));
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String label : List.of("NONE", "STRONGER", "FASTER", "FINER_DETAIL", "SMOOTHER_SURFACE",
                    "SAVE_MATERIAL", "BETTER_ADHESION", "LESS_STRINGING")) {
                if (counts.getOrDefault(language.tag() + " " + label, 0L) < 3) {
                    missing.add(language.tag() + " " + label);
                }
            }
        }
        assertEquals(List.of(), missing, "fewer than 3 training requests: " + counts);
    }

    @Test
    void theSplitKeepsEveryFifthOfEachGroup() {
        LabelledDataset.Split<LabelledGoal> split = SHIPPED.split();
        assertEquals(SHIPPED.all().size(), split.training().size() + split.heldOut().size());
        assertTrue(split.heldOut().size() * 5 <= SHIPPED.all().size());
    }

    @Test
    void aLabelIsAGoalOrNone() {
        LabelledDataset<LabelledGoal> parsed = GoalDataset.parse(List.of(GoalDataset.HEADER, "en\tSTRONGER\tbeef it up",
                "de\tNONE\tInfill 20 %"));
        assertEquals(List.of(Optional.of(SlicingGoal.STRONGER), Optional.empty()),
                parsed.all().stream().map(LabelledGoal::goal).toList());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> GoalDataset.parse(List.of(GoalDataset.HEADER, "en\tSTURDY\tbeef it up")));
        assertTrue(wrong.getMessage().startsWith("goals.tsv line 2"), wrong.getMessage());
    }
}
