package dev.slicewise.domain.credits;

import dev.slicewise.domain.Require;

import java.util.Optional;

/** The result of charging a user for one answered turn. */
public sealed interface ChargeOutcome {

    /** The charge went through; the receipt is empty when no credits system is involved (unlimited mode). */
    record Charged(Optional<CreditsReceipt> receipt) implements ChargeOutcome {
        public Charged {
            Require.present(receipt, "receipt");
        }
    }

    /** The credits system answered but refused: not enough credits, unknown user, ... (HTTP 402). */
    record Refused(CreditsReceipt receipt) implements ChargeOutcome {
        public Refused {
            Require.present(receipt, "receipt");
        }
    }

    /** The credits system could not be asked or answered badly (HTTP 502); nothing was charged. */
    record Unavailable(CreditFailure failure) implements ChargeOutcome {
        public Unavailable {
            Require.present(failure, "failure");
        }
    }
}
