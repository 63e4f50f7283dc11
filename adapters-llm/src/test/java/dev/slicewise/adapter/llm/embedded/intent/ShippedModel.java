package dev.slicewise.adapter.llm.embedded.intent;

/** The model trained on the training split of the shipped dataset, trained once for all the tests of a JVM. */
final class ShippedModel {

    static final IntentDataset DATASET = IntentDataset.load();
    static final IntentModel MODEL = IntentModel.train(DATASET.split().training());

    private ShippedModel() {
    }
}
