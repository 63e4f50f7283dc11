package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.Provenance;

/** What an analyser made of a request: a reply, or a refusal when an image cannot be used after all. */
public sealed interface PlateAnalysisResult {

    /** A reply and which engine produced it (the embedded engine, or a provider's vision model). */
    record Analysed(PlateAnalysisReply reply, Provenance provenance) implements PlateAnalysisResult {
        public Analysed {
            Require.present(reply, "reply");
            Require.present(provenance, "provenance");
        }
    }

    /** An image that passed the checks of {@link PlateImage} but whose pixels cannot be decoded or are too many. */
    record Refused(AnalysisRefusal refusal) implements PlateAnalysisResult {
        public Refused {
            Require.present(refusal, "refusal");
        }
    }
}
