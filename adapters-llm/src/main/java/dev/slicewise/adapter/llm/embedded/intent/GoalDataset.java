package dev.slicewise.adapter.llm.embedded.intent;

import java.util.List;

/**
 * The settings requests of the intent dataset (its {@code DETERMINE_SLICING_SETTINGS} lines) labelled with the goal
 * each expresses: {@code goals.tsv} next to this class, {@code language goal utterance}, the goal a {@code SlicingGoal}
 * name or {@value LabelledGoal#NONE}, split as every {@link LabelledDataset}.
 */
public final class GoalDataset {

    private static final String RESOURCE = "goals.tsv";
    static final String HEADER = "language\tgoal\tutterance";

    private GoalDataset() {
    }

    /** Reads the shipped dataset from the classpath. */
    public static LabelledDataset<LabelledGoal> load() {
        return LabelledDataset.load(RESOURCE, HEADER, GoalDataset::row, GoalDataset::group);
    }

    /** Reads dataset lines, the header first; a malformed line fails with its line number. */
    static LabelledDataset<LabelledGoal> parse(List<String> lines) {
        return LabelledDataset.parse(RESOURCE, HEADER, lines, GoalDataset::row, GoalDataset::group);
    }

    private static LabelledGoal row(String language, String goal, String utterance) {
        return new LabelledGoal(language, LabelledGoal.goalOf(goal), utterance);
    }

    private static String group(LabelledGoal utterance) {
        return utterance.language() + "\t" + utterance.label();
    }
}
