package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;

/** How a plate analysis ended. */
public sealed interface PlateAnalysisOutcome {

    /** The views were analysed; the analysis was delivered or withheld by its charge. */
    record Analysed(Paid<PlateAnalysisReply> analysis) implements PlateAnalysisOutcome {
        public Analysed {
            Require.present(analysis, "analysis");
        }
    }

    /** Bad input (no plate, no model, no or unusable images): nothing analysed, nothing charged. */
    record Refused(AnalysisRefusal refusal) implements PlateAnalysisOutcome {
        public Refused {
            Require.present(refusal, "refusal");
        }
    }

    /** The analyser had no room for the views in time: nothing analysed, nothing charged; retry later. */
    record Busy() implements PlateAnalysisOutcome {
    }

    /** The chat given is not a chat of this user. */
    record UnknownChat() implements PlateAnalysisOutcome {
    }
}
