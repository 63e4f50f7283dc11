package dev.slicewise.domain.credits;

import dev.slicewise.domain.Require;

import java.util.Optional;

/**
 * What a credits system answered to a charge, in its own words: its result code, its message, a reference that finds
 * the charge again, and any further details (a JSON document of its own), which Slicewise passes on unread. Whether
 * the charge went through is the {@link ChargeOutcome} the ledger made of it, not something to read here.
 */
public record CreditsReceipt(int code, String message, String reference, Optional<String> details) {

    public CreditsReceipt {
        Require.present(message, "message");
        Require.present(reference, "reference");
        Require.present(details, "details");
    }
}
