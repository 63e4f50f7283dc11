package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.intent.GoalDataset;
import dev.slicewise.adapter.llm.embedded.intent.GoalModel;
import dev.slicewise.adapter.llm.embedded.intent.LabelledGoal;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.knowledge.SlicingGoal;
import dev.slicewise.domain.knowledge.Wishes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the goal model, and the goal tables and the goal model together, read the held-out settings requests of the goal
 * dataset (the model never saw them; the tables were written before most of them): a request of a goal must get that
 * goal, a request of none must get no goal.
 */
class GoalReadingQualityTest {

    private static final WishesReader READER = new WishesReader(Vocabulary.standard(), SettingsCatalog.standard(),
            ShippedGoalModel.get());
    private static final List<LabelledGoal> HELD_OUT = GoalDataset.load().split().heldOut();

    /* Measured figures: docs/adr/0006-goal-advisor.md, "Goals as a model". */
    private static final double MIN_GOALS_FOUND = 0.70;
    private static final double MIN_NONE_KEPT = 0.97;
    private static final double MIN_MODEL_ACCURACY = 0.78;
    private static final double MIN_TRUSTED_PRECISION = 0.92;

    private static boolean readRight(LabelledGoal utterance) {
        Wishes wishes = READER.read(Conversation.of(ChatMessage.user(utterance.text())));
        List<SlicingGoal> goals = wishes.goals().byRecency();
        return utterance.goal().map(goals::contains).orElse(goals.isEmpty());
    }

    /** The requests the model is asked about: those that spell out no value (it learns from those only). */
    private static final List<LabelledGoal> WITHOUT_VALUES = HELD_OUT.stream()
            .filter(u -> new ExplicitRequests(Vocabulary.standard()).in(NormalisedText.of(u.text())).isEmpty())
            .toList();

    @Test
    void theGoalModel_readsTheHeldOutRequestsWithoutValues() {
        GoalModel model = ShippedGoalModel.get();
        double accuracy = WITHOUT_VALUES.stream()
                .mapToDouble(u -> model.guess(u.text()).goal().equals(u.goal()) ? 1 : 0).average().orElseThrow();
        List<LabelledGoal> trusted = WITHOUT_VALUES.stream().filter(u -> model.guess(u.text()).isTrusted()).toList();
        double precision = trusted.stream().mapToDouble(u -> model.goalIn(u.text()).equals(u.goal()) ? 1 : 0)
                .average().orElseThrow();
        Map<String, Double> perLanguage = WITHOUT_VALUES.stream().collect(Collectors.groupingBy(
                LabelledGoal::language, TreeMap::new,
                Collectors.averagingDouble(u -> model.guess(u.text()).goal().equals(u.goal()) ? 1 : 0)));
        System.out.printf("goal model: accuracy %.3f on %d held-out requests without values, per language %s; "
                + "%d trusted, precision %.3f%n", accuracy, WITHOUT_VALUES.size(), perLanguage, trusted.size(),
                precision);
        assertTrue(accuracy >= MIN_MODEL_ACCURACY, "accuracy " + accuracy + " per language " + perLanguage);
        assertTrue(precision >= MIN_TRUSTED_PRECISION, "precision of trusted goals " + precision);
    }

    @Test
    void heldOutRequests_getTheirGoal_andNoneGetsNone() {
        Map<Boolean, Double> byKind = HELD_OUT.stream().collect(Collectors.partitioningBy(
                utterance -> utterance.goal().isPresent(),
                Collectors.averagingDouble(utterance -> readRight(utterance) ? 1 : 0)));
        Map<String, Double> goalsFoundPerLanguage = HELD_OUT.stream().filter(u -> u.goal().isPresent())
                .collect(Collectors.groupingBy(LabelledGoal::language, TreeMap::new,
                        Collectors.averagingDouble(utterance -> readRight(utterance) ? 1 : 0)));
        System.out.printf("goal reading: goals found %.3f, none kept %.3f, goals found per language %s%n",
                byKind.get(true), byKind.get(false), goalsFoundPerLanguage);
        assertTrue(byKind.get(true) >= MIN_GOALS_FOUND, "goals found " + byKind.get(true));
        assertTrue(byKind.get(false) >= MIN_NONE_KEPT, "requests without a goal kept so " + byKind.get(false));
    }
}
