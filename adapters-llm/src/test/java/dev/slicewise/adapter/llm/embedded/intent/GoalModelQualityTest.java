package dev.slicewise.adapter.llm.embedded.intent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.slicewise.adapter.llm.embedded.ShippedGoalModel;
import org.junit.jupiter.api.Test;

/** How well the goal model reads the held-out settings requests it never saw in training. */
class GoalModelQualityTest {

    private static final GoalModel MODEL = ShippedGoalModel.get();
    private static final List<LabelledGoal> HELD_OUT = GoalDataset.load().split().heldOut();

    /* Measured figures and why these floors: docs/adr/0004-intent-classifier.md, "The goal model". */
    private static final double MIN_ACCURACY = 0.82;
    private static final double MIN_TRUSTED_PRECISION = 0.95;

    @Test
    void heldOutRequests_getTheirGoal() {
        double accuracy = HELD_OUT.stream()
                .mapToDouble(utterance -> MODEL.guess(utterance.text()).goal().equals(utterance.goal()) ? 1 : 0)
                .average().orElseThrow();
        Map<String, Double> perLanguage = HELD_OUT.stream().collect(Collectors.groupingBy(LabelledGoal::language,
                TreeMap::new, Collectors.averagingDouble(
                        utterance -> MODEL.guess(utterance.text()).goal().equals(utterance.goal()) ? 1 : 0)));
        System.out.printf("goal model: held-out accuracy %.3f of %d, per language %s%n", accuracy, HELD_OUT.size(),
                perLanguage);
        assertTrue(accuracy >= MIN_ACCURACY, "held-out accuracy " + accuracy + " per language " + perLanguage);
    }

    @Test
    void aTrustedGoal_isRightOnHeldOutRequests() {
        List<LabelledGoal> trusted = HELD_OUT.stream().filter(u -> MODEL.guess(u.text()).isTrusted()).toList();
        double precision = trusted.stream()
                .mapToDouble(utterance -> MODEL.goalIn(utterance.text()).equals(utterance.goal()) ? 1 : 0)
                .average().orElseThrow();
        long goals = HELD_OUT.stream().filter(u -> u.goal().isPresent()).count();
        long found = trusted.stream().filter(u -> MODEL.goalIn(u.text()).equals(u.goal())).count();
        System.out.printf("goal model: %d trusted of %d held-out, precision %.3f, %d of %d goals found%n",
                trusted.size(), HELD_OUT.size(), precision, found, goals);
        assertTrue(precision >= MIN_TRUSTED_PRECISION, "precision of trusted goals " + precision);
    }
}
