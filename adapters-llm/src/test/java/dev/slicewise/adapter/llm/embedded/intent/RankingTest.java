package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.assistant.Intent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingTest {

    /** SLICE_MODEL first, AUTO_ARRANGE second, what is left shared by the other intents. */
    private static Ranking ranking(double top, double second) {
        List<Intent> others = Arrays.stream(Intent.values())
                .filter(intent -> intent != Intent.SLICE_MODEL && intent != Intent.AUTO_ARRANGE).toList();
        List<ScoredIntent> ranked = new ArrayList<>(List.of(
                new ScoredIntent(Intent.SLICE_MODEL, top), new ScoredIntent(Intent.AUTO_ARRANGE, second)));
        others.forEach(intent -> ranked.add(new ScoredIntent(intent, (1 - top - second) / others.size())));
        return new Ranking(ranked);
    }

    @Test
    void clearWinner_isTrustedAndClassifiedAsItself() {
        Ranking ranking = ranking(0.8, 0.15);

        assertEquals(Intent.SLICE_MODEL, ranking.top().intent());
        assertEquals(0.65, ranking.gapToSecond(), 1e-9);
        assertTrue(ranking.isConfident());
        assertEquals(0.8, ranking.probabilityOf(Intent.SLICE_MODEL), 1e-9);
    }

    @Test
    void improbableWinner_isUnclear() {
        Ranking ranking = ranking(Ranking.MIN_CONFIDENCE - 0.01, 0.05);

        assertFalse(ranking.isConfident());
    }

    @Test
    void winnerCloseToTheSecond_isUnclear() {
        Ranking ranking = ranking(0.55, 0.55 - Ranking.MIN_GAP + 0.01);

        assertFalse(ranking.isConfident());
    }

    @Test
    void unsureAction_isNotTrusted_butAnUnsureAnswerInWordsIs() {
        Ranking slice = ranking(0.3, 0.15);
        Ranking settings = new Ranking(List.of(new ScoredIntent(Intent.DETERMINE_SLICING_SETTINGS, 0.3),
                new ScoredIntent(Intent.GENERAL_QUESTION, 0.15), new ScoredIntent(Intent.SLICE_MODEL, 0.1)));

        assertFalse(slice.isTrusted());
        assertTrue(settings.isTrusted());
        assertFalse(settings.isConfident());
    }

    @Test
    void answerInWordsTooCloseToTheSecond_isNotTrusted() {
        assertFalse(new Ranking(List.of(new ScoredIntent(Intent.DETERMINE_SLICING_SETTINGS, 0.3),
                new ScoredIntent(Intent.GENERAL_QUESTION, 0.25))).isTrusted());
    }

    @Test
    void unorderedIntents_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Ranking(List.of(
                new ScoredIntent(Intent.SLICE_MODEL, 0.2), new ScoredIntent(Intent.GREETING, 0.8))));
    }

    @Test
    void singleIntent_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Ranking(List.of(new ScoredIntent(Intent.SLICE_MODEL, 1))));
    }

    @Test
    void probabilityOutsideZeroToOne_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ScoredIntent(Intent.SLICE_MODEL, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new ScoredIntent(Intent.SLICE_MODEL, Double.NaN));
    }
}
