package dev.slicewise.application.port.in;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.credits.CreditFailure;
import dev.slicewise.domain.credits.CreditsReceipt;

import java.util.Optional;

/**
 * What became of an answer that costs credits, once it existed: delivered, or withheld because the credits system
 * refused the charge or could not be asked (then nothing was charged and nothing recorded).
 */
public sealed interface Paid<T> {

    /** The user gets the answer; the receipt is the charge's (empty when nothing was charged through a system). */
    record Delivered<T>(T answer, Optional<CreditsReceipt> receipt) implements Paid<T> {
        public Delivered {
            Require.present(answer, "answer");
            Require.present(receipt, "receipt");
        }
    }

    /** The credits system refused the charge. */
    record Refused<T>(CreditsReceipt receipt) implements Paid<T> {
        public Refused {
            Require.present(receipt, "receipt");
        }
    }

    /** The credits system could not be asked, or answered nothing usable. */
    record Unavailable<T>(CreditFailure failure) implements Paid<T> {
        public Unavailable {
            Require.present(failure, "failure");
        }
    }
}
