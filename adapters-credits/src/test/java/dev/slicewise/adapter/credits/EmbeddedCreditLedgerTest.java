package dev.slicewise.adapter.credits;

import dev.slicewise.application.inmemory.InMemoryCreditAccountRepository;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class EmbeddedCreditLedgerTest {

    private static final UserId USER = new UserId("u-1");

    private final InMemoryCreditAccountRepository accounts = new InMemoryCreditAccountRepository();
    private final EmbeddedCreditLedger ledger = new EmbeddedCreditLedger(accounts, 2);

    @Test
    void givenNewUser_charge_debitsTheGrantAndReturnsASuccessReceiptWithTheTraceId() {
        ChargeOutcome outcome = ledger.charge(new ChargeRequest(USER, new Credits(1), "0f1e-2d3c"));

        ChargeOutcome.Charged charged = assertInstanceOf(ChargeOutcome.Charged.class, outcome);
        assertEquals(Optional.of(new CreditsReceipt(0, "", "0f1e2d3c", Optional.empty())), charged.receipt());
        assertEquals(Optional.of(new Credits(1)), accounts.balance(USER));
    }

    @Test
    void givenShortBalance_charge_isRefusedWith402AndChangesNothing() {
        ledger.charge(new ChargeRequest(USER, new Credits(2), "r1"));

        ChargeOutcome outcome = ledger.charge(new ChargeRequest(USER, new Credits(1), "r2"));

        ChargeOutcome.Refused refused = assertInstanceOf(ChargeOutcome.Refused.class, outcome);
        assertEquals(402, refused.receipt().code());
        assertEquals("insufficient credits", refused.receipt().message());
        assertEquals(Optional.of(Credits.NONE), accounts.balance(USER));
    }

    @Test
    void unlimitedLedger_chargesWithoutAReceipt() {
        ChargeOutcome outcome = new UnlimitedCreditLedger().charge(new ChargeRequest(USER, new Credits(5), "r"));

        assertEquals(new ChargeOutcome.Charged(Optional.empty()), outcome);
    }
}
