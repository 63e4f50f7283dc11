package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.intent.IntentModel;
import dev.slicewise.domain.assistant.Intent;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The build trains the intent model into the classes (and so into the jar); the service only reads it. */
class ShippedIntentModelTest {

    @Test
    void theTrainedModel_isAResourceNextToTheClass_andReadsAsAWorkingModel() throws Exception {
        try (InputStream in = ShippedIntentModel.class.getResourceAsStream(ShippedIntentModel.RESOURCE)) {
            assertNotNull(in, "the build writes " + ShippedIntentModel.RESOURCE + " in process-test-classes");

            IntentModel model = IntentModel.read(in, PhraseConcepts.standard());

            assertEquals(Intent.SLICE_MODEL, model.rank("please slice my model").top().intent());
            assertEquals(Intent.AUTO_ARRANGE, model.rank("arrange the parts on the plate").top().intent());
        }
    }

    @Test
    void theShippedModel_isReadOncePerProcess() {
        assertSame(ShippedIntentModel.get(), ShippedIntentModel.get());
    }
}
