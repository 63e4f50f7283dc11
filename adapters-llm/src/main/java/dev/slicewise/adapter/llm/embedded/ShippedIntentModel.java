package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.intent.IntentModel;

import java.io.IOException;

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
        static final IntentModel MODEL = ShippedModelFile.read(RESOURCE,
                in -> IntentModel.read(in, PhraseConcepts.standard()));
    }

    /** The build step: trains the model and writes it under the classes folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        ShippedModelFile.write(args, RESOURCE, out -> train().write(out));
    }
}
