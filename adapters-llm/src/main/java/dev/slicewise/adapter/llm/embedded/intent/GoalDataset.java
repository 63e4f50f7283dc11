package dev.slicewise.adapter.llm.embedded.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings requests of the intent dataset (its {@code DETERMINE_SLICING_SETTINGS} lines) labelled with the goal
 * each expresses ({@code goals.tsv} next to this class: UTF-8, tab-separated {@code language goal utterance}, one
 * header line; the goal is a {@code SlicingGoal} name or {@value LabelledGoal#NONE}), and their fixed split into
 * training and held-out parts.
 */
public final class GoalDataset {

    private static final String RESOURCE = "goals.tsv";
    static final String HEADER = "language\tgoal\tutterance";
    /** Every {@code HELD_OUT_EVERY}-th utterance of each (language, goal) group, in file order, is held out. */
    private static final int HELD_OUT_EVERY = 5;

    /** The two disjoint parts of the dataset: the model learns from the first and is measured on the second. */
    public record Split(List<LabelledGoal> training, List<LabelledGoal> heldOut) {

        public Split {
            training = List.copyOf(training);
            heldOut = List.copyOf(heldOut);
        }
    }

    private final List<LabelledGoal> utterances;

    private GoalDataset(List<LabelledGoal> utterances) {
        this.utterances = List.copyOf(utterances);
    }

    /** Reads the shipped dataset from the classpath. */
    public static GoalDataset load() {
        try (InputStream in = GoalDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads dataset lines, the header first; a malformed line fails with its line number. */
    static GoalDataset parse(List<String> lines) {
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            throw new IllegalArgumentException(RESOURCE + " must start with the header line: " + HEADER);
        }
        List<LabelledGoal> utterances = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String[] columns = lines.get(i).split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1)
                        + ": expected 3 tab-separated columns, found " + columns.length);
            }
            try {
                utterances.add(new LabelledGoal(columns[0], LabelledGoal.goalOf(columns[1]), columns[2]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new GoalDataset(utterances);
    }

    public List<LabelledGoal> all() {
        return utterances;
    }

    /**
     * The fixed split: within each (language, goal) group, in file order, the 5th, 10th, 15th... utterance is held
     * out and every other one is for training.
     */
    public Split split() {
        Map<String, Integer> seenPerGroup = new HashMap<>();
        List<LabelledGoal> training = new ArrayList<>();
        List<LabelledGoal> heldOut = new ArrayList<>();
        for (LabelledGoal utterance : utterances) {
            int position = seenPerGroup.merge(utterance.language() + "\t" + utterance.label(), 1, Integer::sum);
            (position % HELD_OUT_EVERY == 0 ? heldOut : training).add(utterance);
        }
        return new Split(training, heldOut);
    }
}
