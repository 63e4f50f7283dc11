package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.assistant.Intent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The trained intent classifier: a maximum-entropy {@link Categorizer} over the words and the {@link Concepts} of a
 * lexicon, labelled with intents. Training is deterministic, so the same examples always give the same
 * probabilities. A trained model is written with {@link #write} and read back with {@link #read}: the service reads
 * the one trained at build time. Safe for concurrent use.
 */
public final class IntentModel {

    private final Categorizer categorizer;
    private final Intent[] intentByOutcome;

    private IntentModel(Categorizer categorizer) {
        this.categorizer = categorizer;
        this.intentByOutcome = categorizer.categories().stream().map(Intent::valueOf).toArray(Intent[]::new);
    }

    /** Trains on the training part of the shipped dataset. */
    public static IntentModel trainFromDataset(Concepts concepts) {
        return train(IntentDataset.load().split().training(), concepts);
    }

    /** Trains on the examples; the same concepts are looked up in every text the model is later asked about. */
    public static IntentModel train(List<LabelledUtterance> examples, Concepts concepts) {
        if (examples.stream().map(LabelledUtterance::intent).distinct().count() < 2) {
            throw new IllegalArgumentException("examples must cover at least two intents");
        }
        return new IntentModel(Categorizer.train(examples.stream()
                .map(example -> new Categorizer.Example(example.intent().name(), example.text())).toList(), concepts));
    }

    /**
     * Reads a model {@link #write} wrote; give it the concepts it was trained with, since they are looked up in every
     * text it is asked about.
     */
    public static IntentModel read(InputStream in, Concepts concepts) throws IOException {
        return new IntentModel(Categorizer.read(in, concepts));
    }

    /** Writes the trained model (see {@link Categorizer#write}). Closes the stream. */
    public void write(OutputStream out) throws IOException {
        categorizer.write(out);
    }

    /** All intents the model knows, the most probable first; ties in the order of {@link Intent}. */
    public Ranking rank(String text) {
        double[] probabilities = categorizer.probabilities(text);
        List<ScoredIntent> scored = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            scored.add(new ScoredIntent(intentByOutcome[i], probabilities[i]));
        }
        scored.sort(Comparator.comparingDouble(ScoredIntent::probability).reversed()
                .thenComparing(ScoredIntent::intent));
        return new Ranking(scored);
    }
}
