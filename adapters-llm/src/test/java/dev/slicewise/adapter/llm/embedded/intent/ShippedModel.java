package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.adapter.llm.embedded.ShippedIntentModel;

/** The shipped dataset, and the model the build trained on its training split and the service reads. */
final class ShippedModel {

    static final LabelledDataset<LabelledUtterance> DATASET = IntentDataset.load();
    static final IntentModel MODEL = ShippedIntentModel.get();

    private ShippedModel() {
    }
}
