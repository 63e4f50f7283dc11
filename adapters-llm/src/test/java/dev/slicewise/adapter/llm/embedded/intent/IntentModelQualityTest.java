package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.assistant.Intent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How well the model classifies the held-out utterances it never saw in training. */
class IntentModelQualityTest {

    /*
     * The product target is 0.95 held-out accuracy and 0.85 recall for every intent; issue 12 made 0.92 the guard.
     * The model measures 0.922 on the held-out split of 4,550 utterances (bench/notes/intent-classifier.md, stop 21):
     * the per-intent target is asserted, and the accuracy floor is the guard, just under the measured figure, so that
     * any regression fails. docs/adr/0004-intent-classifier.md says why 0.95 is not reached (on the
     * 1,834 held-out utterances kept unchanged from the first dataset the same model measures 0.954).
     */
    private static final double MIN_ACCURACY = 0.92;
    private static final double MIN_RECALL_PER_INTENT = 0.85;

    private static final List<LabelledUtterance> HELD_OUT = ShippedModel.DATASET.split().heldOut();

    private static boolean classifiedRight(LabelledUtterance utterance) {
        return ShippedModel.MODEL.rank(utterance.text()).top().intent() == utterance.intent();
    }

    @Test
    void heldOutUtterances_areClassifiedRight() {
        long right = HELD_OUT.stream().filter(IntentModelQualityTest::classifiedRight).count();
        double accuracy = (double) right / HELD_OUT.size();

        assertTrue(accuracy >= MIN_ACCURACY, "held-out accuracy " + accuracy);
    }

    @Test
    void heldOutUtterances_ofEveryIntent_areClassifiedRight() {
        Map<Intent, Double> recall = HELD_OUT.stream().collect(Collectors.groupingBy(
                LabelledUtterance::intent, TreeMap::new,
                Collectors.averagingDouble(utterance -> classifiedRight(utterance) ? 1 : 0)));

        assertEquals(Intent.values().length - 1, recall.size());
        Map<Intent, Double> belowFloor = new TreeMap<>(recall);
        belowFloor.values().removeIf(value -> value >= MIN_RECALL_PER_INTENT);
        assertEquals(Map.of(), belowFloor, "recall per intent: " + recall);
    }
}
