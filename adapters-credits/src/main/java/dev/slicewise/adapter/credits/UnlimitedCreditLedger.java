package dev.slicewise.adapter.credits;

import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Every turn is free: for trials and for teams whose billing lives elsewhere. Answers carry no credit_resp. */
@Singleton
@Requires(property = "slicewise.credits.mode", value = "unlimited")
public class UnlimitedCreditLedger implements CreditLedger {

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        return new ChargeOutcome.Charged(Optional.empty());
    }
}
