package dev.slicewise.adapter.llm.embedded.intent;

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

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Apache OpenNLP maximum-entropy document categorizer over the features of {@link IntentFeatures}: the words and
 * the {@link Concepts} of a lexicon. The intent model and the goal model are two of them, trained the same way on
 * different labels. Training is deterministic (GIS on one thread, a fixed number of iterations, every feature kept),
 * so the same examples always give the same probabilities. A trained categorizer is written with {@link #write} and
 * read back with {@link #read}.
 *
 * <p>Safe for concurrent use: the trained model is only read, and each call makes its own
 * {@link DocumentCategorizerME} (not thread-safe, but only two small objects around the shared model).
 */
final class Categorizer {

    /**
     * GIS iterations: on the present data 100 reach a held-out accuracy of 0.922 and 50 only 0.919
     * (bench/notes/intent-classifier.md); the training time is linear in them.
     */
    static final int ITERATIONS = 100;
    /** Keep features seen once: the dataset is small and a rare word is often the telling one. */
    static final int CUTOFF = 1;

    /** OpenNLP's code for a model of several languages. */
    private static final String LANGUAGE = "mul";

    /** A text and the category it belongs to. */
    record Example(String category, String text) {
    }

    private final DoccatModel model;
    private final Concepts concepts;
    private final List<String> categories;

    private Categorizer(DoccatModel model, Concepts concepts) {
        this.model = model;
        this.concepts = concepts;
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        List<String> names = new ArrayList<>(categorizer.getNumberOfCategories());
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            names.add(categorizer.getCategory(i));
        }
        this.categories = List.copyOf(names);
    }

    /** Trains on the examples; the same concepts are looked up in every text the categorizer is later asked about. */
    static Categorizer train(List<Example> examples, Concepts concepts) {
        if (examples.stream().map(Example::category).distinct().count() < 2) {
            throw new IllegalArgumentException("examples must cover at least two categories");
        }
        List<DocumentSample> samples = examples.stream()
                .map(example -> new DocumentSample(example.category(), tokens(example.text(), concepts)))
                .toList();
        try {
            return new Categorizer(DocumentCategorizerME.train(
                    LANGUAGE, ObjectStreamUtils.createObjectStream(samples), trainingParameters(), factory()), concepts);
        } catch (IOException e) {
            throw new UncheckedIOException("training the categorizer failed", e);
        }
    }

    /** Reads what {@link #write} wrote; give it the concepts it was trained with. */
    static Categorizer read(InputStream in, Concepts concepts) throws IOException {
        MaxentModel maxent = new BinaryGISModelReader(new DataInputStream(new BufferedInputStream(in))).getModel();
        return new Categorizer(new DoccatModel(LANGUAGE, maxent, Map.of(), factory()), concepts);
    }

    /**
     * Writes the trained model in OpenNLP's binary maximum-entropy format, not its zipped model file, which is stamped
     * with the time: the same training writes the same bytes. The concepts are not part of it. Closes the stream.
     */
    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        new BinaryGISModelWriter((AbstractModel) model.getMaxentModel(), data).persist();
    }

    /** The categories, in the order of the probabilities of {@link #probabilities}. */
    List<String> categories() {
        return categories;
    }

    /** The probability of each category for the text, in the order of {@link #categories}. */
    double[] probabilities(String text) {
        return new DocumentCategorizerME(model).categorize(tokens(text, concepts));
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
