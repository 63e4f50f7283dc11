package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.adapter.llm.embedded.PhraseConcepts;

/** The model trained on the training split of the shipped dataset, trained once for all the tests of a JVM. */
final class ShippedModel {

    static final IntentDataset DATASET = IntentDataset.load();
    static final IntentModel MODEL = IntentModel.train(DATASET.split().training(), PhraseConcepts.standard());

    private ShippedModel() {
    }
}
