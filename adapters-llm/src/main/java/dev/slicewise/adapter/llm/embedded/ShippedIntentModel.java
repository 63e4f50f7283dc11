package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.intent.IntentModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The intent model the service uses: trained when the module is built (the {@code process-test-classes} phase runs
 * {@link #main} over the compiled classes, see adapters-llm's pom) on the training split of the shipped dataset with
 * the {@link PhraseConcepts}, shipped in the jar as {@value #RESOURCE} next to this class, and read from there once per
 * process. Training is deterministic, so the file holds what training gives: a test trains and compares.
 */
public final class ShippedIntentModel {

    static final String RESOURCE = "intent.model";

    private ShippedIntentModel() {
    }

    /** The shipped model, read on first use. */
    public static IntentModel get() {
        return Loaded.MODEL;
    }

    /** What the build trains. */
    public static IntentModel train() {
        return IntentModel.trainFromDataset(PhraseConcepts.standard());
    }

    private static final class Loaded {
        static final IntentModel MODEL = read();

        private static IntentModel read() {
            try (InputStream in = ShippedIntentModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath: the build trains it "
                            + "(./mvnw package, or any phase from process-test-classes on)");
                }
                return IntentModel.read(in, PhraseConcepts.standard());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The build step: trains the model and writes it under the classes folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShippedIntentModel <classes folder>");
        }
        Path file = Path.of(args[0], ShippedIntentModel.class.getPackageName().replace('.', '/'), RESOURCE);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            train().write(out);
        }
    }
}
