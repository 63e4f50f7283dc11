package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.knowledge.SlicingGoal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The trained goal classifier: which {@link SlicingGoal} a settings request expresses, or none, in words the goal
 * tables may not know ("make the shell thicker", "a rough draft, looks don't matter"). A maximum-entropy
 * {@link Categorizer} trained the same way as the {@link IntentModel}, on the {@link GoalDataset}. Safe for concurrent
 * use.
 */
public final class GoalModel {

    /*
     * When a goal is trusted. Picked on the held-out split of the goal dataset (docs/adr/0004-intent-classifier.md):
     * a wrong goal moves settings the user did not ask about, so the model answers only when it is clearly sure, and
     * the goal tables, which win where they match, stay the first reader. With the dataset and the 100 iterations of
     * stop 21 the lead matters more than the probability: at 0.3 a lead of 0.05 trusts 147 held-out requests at 0.905
     * precision, a lead of 0.2 trusts 129 at 0.953 (bench/notes/intent-classifier.md).
     */
    /** The least probability of the best goal for it to be trusted. */
    public static final double MIN_CONFIDENCE = 0.3;
    /** The least lead of the best goal over the second label (another goal or none). */
    public static final double MIN_GAP = 0.2;

    /** What the model makes of a text: the best label (a goal or none), its probability and its lead. */
    public record Guess(Optional<SlicingGoal> goal, double probability, double gap) {

        /** True when the best label is a goal, probable enough and clearly ahead of the second. */
        public boolean isTrusted() {
            return goal.isPresent() && probability >= MIN_CONFIDENCE && gap >= MIN_GAP;
        }
    }

    private final Categorizer categorizer;
    private final List<Optional<SlicingGoal>> goalByOutcome;

    private GoalModel(Categorizer categorizer) {
        this.categorizer = categorizer;
        this.goalByOutcome = categorizer.categories().stream().map(LabelledGoal::goalOf).toList();
    }

    /** Trains on the examples; the same concepts are looked up in every text the model is later asked about. */
    public static GoalModel train(List<LabelledGoal> examples, Concepts concepts) {
        return new GoalModel(Categorizer.train(examples.stream()
                .map(example -> new Categorizer.Example(example.label(), example.text())).toList(), concepts));
    }

    /** Reads a model {@link #write} wrote; give it the concepts it was trained with. */
    public static GoalModel read(InputStream in, Concepts concepts) throws IOException {
        return new GoalModel(Categorizer.read(in, concepts));
    }

    /** Writes the trained model (see {@link Categorizer#write}). Closes the stream. */
    public void write(OutputStream out) throws IOException {
        categorizer.write(out);
    }

    /** The best label for the text, with its probability and its lead over the second. */
    public Guess guess(String text) {
        double[] probabilities = categorizer.probabilities(text);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        double second = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (i != best) {
                second = Math.max(second, probabilities[i]);
            }
        }
        return new Guess(goalByOutcome.get(best), probabilities[best], probabilities[best] - second);
    }

    /** The goal the text expresses, when the model is sure of it. */
    public Optional<SlicingGoal> goalIn(String text) {
        Guess guess = guess(text);
        return guess.isTrusted() ? guess.goal() : Optional.empty();
    }
}
