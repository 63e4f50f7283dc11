package dev.slicewise.adapter.credits;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.credits.Credits;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The default ledger: a balance per user in the service's own database. A new user starts with a configured
 * grant; each charge is one atomic conditional debit, so a balance never goes below zero, also across nodes.
 * Receipts look like the Elegoo credits API's: code 0 on success, 402 when the balance is short.
 */
@Singleton
@Requires(property = "slicewise.credits.mode", value = "ledger", defaultValue = "ledger")
public class EmbeddedCreditLedger implements CreditLedger {

    static final int CHARGED = 0;
    static final int INSUFFICIENT = 402;

    private final CreditAccountRepository accounts;
    private final Credits grant;

    public EmbeddedCreditLedger(CreditAccountRepository accounts,
                                @Value("${slicewise.credits.initial-grant:100}") long grant) {
        this.accounts = accounts;
        this.grant = new Credits(grant);
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        String traceId = request.requestId().replace("-", "");
        return switch (accounts.debit(request.user(), request.amount(), grant, request.requestId())) {
            case CreditAccountRepository.Debit.Done done ->
                    new ChargeOutcome.Charged(Optional.of(new CreditsReceipt(CHARGED, "", traceId, Optional.empty())));
            case CreditAccountRepository.Debit.Short insufficient -> new ChargeOutcome.Refused(new CreditsReceipt(
                    INSUFFICIENT, "insufficient credits", traceId, Optional.empty()));
        };
    }
}
