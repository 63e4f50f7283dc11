package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.credits.CreditFailure;
import dev.slicewise.domain.credits.CreditReceipt;
import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;

import java.util.Optional;

/** How a plate analysis ended for an authenticated user. */
public sealed interface PlateAnalysisOutcome {

    /** The user gets the analysis; the receipt is the charge's (empty when nothing was charged through a system). */
    record Analysed(PlateAnalysisReply reply, Optional<CreditReceipt> receipt) implements PlateAnalysisOutcome {
        public Analysed {
            Require.present(reply, "reply");
            Require.present(receipt, "receipt");
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

    /** The chat_id given is not a chat of this user. */
    record UnknownChat() implements PlateAnalysisOutcome {
    }

    /** The credits system refused the charge; the analysis is withheld and nothing was charged. */
    record CreditsRefused(CreditReceipt receipt) implements PlateAnalysisOutcome {
        public CreditsRefused {
            Require.present(receipt, "receipt");
        }
    }

    /** The credits system could not be asked; the analysis is withheld and nothing was charged. */
    record CreditsUnavailable(CreditFailure failure) implements PlateAnalysisOutcome {
        public CreditsUnavailable {
            Require.present(failure, "failure");
        }
    }
}
