package dev.slicewise.adapter.llm.embedded;

/** One classifier for all tests of the module: each one trains the intent model, which takes seconds. */
final class SharedClassifier {

    static final EmbeddedIntentClassifier INSTANCE = new EmbeddedIntentClassifier();

    private SharedClassifier() {
    }
}
