package dev.slicewise.domain.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.slicewise.domain.knowledge.SlicingGoal.FASTER;
import static dev.slicewise.domain.knowledge.SlicingGoal.FINER_DETAIL;
import static dev.slicewise.domain.knowledge.SlicingGoal.STRONGER;
import static dev.slicewise.domain.knowledge.SlicingGoal.VASE_MODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GoalsTest {

    @Test
    void aNewGoalStartsAtOne_orTwoWhenEmphasised() {
        assertEquals(1, Goals.none().mentioned(STRONGER, false).intensity(STRONGER));
        assertEquals(2, Goals.none().mentioned(STRONGER, true).intensity(STRONGER));
        assertEquals(0, Goals.none().intensity(STRONGER));
    }

    @Test
    void aGoalAskedForAgain_goesUpOne_upToTheMaximum() {
        Goals goals = Goals.none().mentioned(STRONGER, false).mentioned(STRONGER, true);
        assertEquals(2, goals.intensity(STRONGER));
        assertEquals(Goals.MAX_INTENSITY, goals.mentioned(STRONGER, false).mentioned(STRONGER, false).intensity(STRONGER));
    }

    @Test
    void evenMore_raisesTheGoalMentionedLast() {
        Goals goals = Goals.none().mentioned(STRONGER, false).mentioned(FASTER, false).raisedLatest();
        assertEquals(1, goals.intensity(STRONGER));
        assertEquals(2, goals.intensity(FASTER));
        assertEquals(Goals.none(), Goals.none().raisedLatest());
    }

    @Test
    void aGoalGivesUpTheGoalsItOpposes() {
        Goals goals = Goals.none().mentioned(FINER_DETAIL, false).mentioned(STRONGER, false).mentioned(FASTER, false);
        assertEquals(List.of(FASTER, STRONGER), goals.byPriority());
        assertEquals(List.of(FASTER, VASE_MODE), goals.mentioned(VASE_MODE, false).byPriority());
    }

    @Test
    void opposition_isSymmetric() {
        for (SlicingGoal one : SlicingGoal.values()) {
            for (SlicingGoal other : SlicingGoal.values()) {
                assertEquals(one.opposes(other), other.opposes(one), one + " / " + other);
            }
        }
        assertEquals(List.of(), Arrays.stream(SlicingGoal.values()).filter(goal -> goal.opposes(goal)).toList());
    }

    @Test
    void opposingGoals_cannotBeBuiltTogether() {
        assertThrows(IllegalArgumentException.class, () -> new Goals(
                java.util.Map.of(FASTER, 1, FINER_DETAIL, 1), List.of(FASTER, FINER_DETAIL)));
    }
}
