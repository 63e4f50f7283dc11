package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.Provenance;

/**
 * What an analyser made of a request: a reply, a refusal when an image cannot be used after all, or no room to
 * analyse it now.
 */
public sealed interface PlateAnalysisResult {

    /** A reply and which engine produced it (the embedded engine, or a provider's vision model). */
    record Analysed(PlateAnalysisReply reply, Provenance provenance) implements PlateAnalysisResult {
        public Analysed {
            Require.present(reply, "reply");
            Require.present(provenance, "provenance");
        }
    }

    /**
     * The analyser has no room for the views now: the pixels it may decode at once are taken by other analyses and
     * did not come free in time. Nothing was analysed; the same request may succeed a moment later.
     */
    record Busy() implements PlateAnalysisResult {
    }

    /** An image that passed the checks of {@link PlateImage} but whose pixels cannot be decoded or are too many. */
    record Refused(AnalysisRefusal refusal) implements PlateAnalysisResult {
        public Refused {
            Require.present(refusal, "refusal");
        }
    }
}
