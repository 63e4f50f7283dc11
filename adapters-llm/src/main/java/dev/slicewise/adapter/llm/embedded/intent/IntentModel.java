package dev.slicewise.adapter.llm.embedded.intent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.slicewise.domain.assistant.Intent;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The trained intent classifier: an Apache OpenNLP maximum-entropy document categorizer over the features of
 * {@link IntentFeatures}: the words and the {@link Concepts} of a lexicon. Training is deterministic (GIS on one
 * thread, a fixed number of iterations, every feature kept), so the same examples always give the same
 * probabilities. A trained model is written with {@link #write} and read back with {@link #read}: the service reads
 * the one trained at build time.
 *
 * <p>Safe for concurrent use: the trained model is only read, and each call makes its own
 * {@link DocumentCategorizerME} (not thread-safe, but only two small objects around the shared model).
 */
public final class IntentModel {

    /** GIS iterations: held-out accuracy is flat from about 40 on (bench/intent-benchmark.sh), time is linear. */
    static final int ITERATIONS = 50;
    /** Keep features seen once: the dataset is small and a rare word is often the telling one. */
    static final int CUTOFF = 1;

    /** OpenNLP's code for a model of several languages. */
    private static final String LANGUAGE = "mul";

    private final DoccatModel model;
    private final Concepts concepts;
    private final Intent[] intentByOutcome;

    private IntentModel(DoccatModel model, Concepts concepts) {
        this.model = model;
        this.concepts = concepts;
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        this.intentByOutcome = new Intent[categorizer.getNumberOfCategories()];
        for (int i = 0; i < intentByOutcome.length; i++) {
            intentByOutcome[i] = Intent.valueOf(categorizer.getCategory(i));
        }
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
        List<DocumentSample> samples = examples.stream()
                .map(example -> new DocumentSample(example.intent().name(), tokens(example.text(), concepts)))
                .toList();
        try {
            return new IntentModel(DocumentCategorizerME.train(
                    LANGUAGE, ObjectStreamUtils.createObjectStream(samples), trainingParameters(), factory()), concepts);
        } catch (IOException e) {
            throw new UncheckedIOException("training the intent model failed", e);
        }
    }

    /**
     * Reads a model {@link #write} wrote; give it the concepts it was trained with, since they are looked up in every
     * text it is asked about.
     */
    public static IntentModel read(InputStream in, Concepts concepts) throws IOException {
        MaxentModel maxent = new BinaryGISModelReader(new DataInputStream(new BufferedInputStream(in))).getModel();
        return new IntentModel(new DoccatModel(LANGUAGE, maxent, Map.of(), factory()), concepts);
    }

    /**
     * Writes the trained model in OpenNLP's binary maximum-entropy format, not its zipped model file, which is stamped
     * with the time: the same training writes the same bytes. The concepts are not part of it. Closes the stream.
     */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        new BinaryGISModelWriter((AbstractModel) model.getMaxentModel(), data).persist();
    }

    /** All intents the model knows, the most probable first; ties in the order of {@link Intent}. */
    public Ranking rank(String text) {
        double[] probabilities = new DocumentCategorizerME(model).categorize(tokens(text, concepts));
        List<ScoredIntent> scored = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            scored.add(new ScoredIntent(intentByOutcome[i], probabilities[i]));
        }
        scored.sort(Comparator.comparingDouble(ScoredIntent::probability).reversed()
                .thenComparing(ScoredIntent::intent));
        return new Ranking(scored);
    }

    private static DoccatFactory factory() {
        return new DoccatFactory(new FeatureGenerator[] {new IntentFeatures()});
    }

    private static TrainingParameters trainingParameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        return parameters;
    }

    /** The words of the text, then its concepts, marked for {@link IntentFeatures}; no words, no concepts. */
    private static String[] tokens(String text, Concepts concepts) {
        List<String> tokens = new ArrayList<>(IntentTokeniser.tokens(text));
        if (!tokens.isEmpty()) {
            concepts.in(text).forEach(concept -> tokens.add(IntentFeatures.CONCEPT_MARK + concept));
        }
        return tokens.toArray(String[]::new);
    }
}
