package dev.slicewise.application.port.out;

import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;

/** Charges a user for an answered turn. Implementations never throw for an expected failure: it is an outcome. */
public interface CreditLedger {

    ChargeOutcome charge(ChargeRequest request);
}
