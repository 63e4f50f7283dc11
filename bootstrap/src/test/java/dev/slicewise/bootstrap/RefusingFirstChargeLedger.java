package dev.slicewise.bootstrap;

import dev.slicewise.adapter.credits.EmbeddedCreditLedger;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.CreditsReceipt;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A credits system that refuses the first charge (402) and accepts every later one, counting the charges asked. */
@Singleton
@Replaces(EmbeddedCreditLedger.class)
@Requires(property = "test.refuse-first-charge", value = "true")
class RefusingFirstChargeLedger implements CreditLedger {

    private final AtomicInteger charges = new AtomicInteger();

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        return charges.incrementAndGet() == 1
                ? new ChargeOutcome.Refused(new CreditsReceipt(1, "not enough credits", "trace-1", Optional.empty()))
                : new ChargeOutcome.Charged(Optional.of(
                        new CreditsReceipt(0, "ok", "trace-" + charges.get(), Optional.empty())));
    }

    int charges() {
        return charges.get();
    }
}
