package dev.slicewise.bootstrap;

import dev.slicewise.adapter.credits.EmbeddedCreditLedger;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.CreditFailure;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** A credits system that fails the way {@code test.credit-failure} says, for the 502 mapping tests. */
@Singleton
@Replaces(EmbeddedCreditLedger.class)
@Requires(property = "test.credit-failure")
class FailingCreditLedger implements CreditLedger {

    private final CreditFailure failure;

    FailingCreditLedger(@Value("${test.credit-failure}") CreditFailure failure) {
        this.failure = failure;
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        return new ChargeOutcome.Unavailable(failure);
    }
}
