package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;

/** What an analyser made of a request: a reply, or a refusal when an image cannot be used after all. */
public sealed interface PlateAnalysisResult {

    record Analysed(PlateAnalysisReply reply) implements PlateAnalysisResult {
        public Analysed {
            Require.present(reply, "reply");
        }
    }

    /** An image that passed the checks of {@link PlateImage} but whose pixels cannot be decoded or are too many. */
    record Refused(AnalysisRefusal refusal) implements PlateAnalysisResult {
        public Refused {
            Require.present(refusal, "refusal");
        }
    }
}
