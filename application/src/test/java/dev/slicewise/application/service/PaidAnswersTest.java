package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.port.in.Paid;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.CreditFailure;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaidAnswersTest {

    private static final UserId ALICE = new UserId("alice");
    private static final CreditsReceipt RECEIPT = new CreditsReceipt(0, "", "trace-1", Optional.empty());

    private final List<ChargeRequest> charges = new ArrayList<>();
    private final List<Credits> recorded = new ArrayList<>();
    private ChargeOutcome outcome = new ChargeOutcome.Charged(Optional.of(RECEIPT));
    private final PaidAnswers paidAnswers = new PaidAnswers(request -> {
        charges.add(request);
        return outcome;
    }, new InMemoryMetrics());

    @Test
    void givenACost_deliver_chargesOnceUnderTheRequestId_thenRecordsWhatWasCharged() {
        Paid<String> paid = paidAnswers.deliver(ALICE, "request-7", new Credits(2), "the answer", recorded::add);

        assertEquals(new Paid.Delivered<>("the answer", Optional.of(RECEIPT)), paid);
        assertEquals(List.of(new ChargeRequest(ALICE, new Credits(2), "request-7")), charges);
        assertEquals(List.of(new Credits(2)), recorded);
    }

    @Test
    void givenAFreeAnswer_deliver_asksNoLedger_andRecordsItAsFree() {
        Paid<String> paid = paidAnswers.deliver(ALICE, "request-7", Credits.NONE, "the answer", recorded::add);

        assertEquals(new Paid.Delivered<>("the answer", Optional.empty()), paid);
        assertEquals(List.of(), charges);
        assertEquals(List.of(Credits.NONE), recorded);
    }

    @Test
    void givenARefusedCharge_deliver_withholdsTheAnswer_andRecordsNothing() {
        CreditsReceipt insufficient = new CreditsReceipt(402, "insufficient credits", "trace-2", Optional.empty());
        outcome = new ChargeOutcome.Refused(insufficient);

        assertEquals(new Paid.Refused<>(insufficient),
                paidAnswers.deliver(ALICE, "request-7", new Credits(1), "the answer", recorded::add));
        assertEquals(List.of(), recorded);
    }

    @Test
    void givenCreditsThatCannotBeAsked_deliver_withholdsTheAnswer_andRecordsNothing() {
        outcome = new ChargeOutcome.Unavailable(CreditFailure.CONNECTION_ERROR_OR_TIMEOUT);

        assertEquals(new Paid.Unavailable<>(CreditFailure.CONNECTION_ERROR_OR_TIMEOUT),
                paidAnswers.deliver(ALICE, "request-7", new Credits(1), "the answer", recorded::add));
        assertEquals(List.of(), recorded);
    }

    @Test
    void givenARecordThatCannotBeKept_deliver_stillGivesThePaidAnswer() {
        Paid<String> paid = paidAnswers.deliver(ALICE, "request-7", new Credits(1), "the answer", charged -> {
            throw new IllegalStateException("the records are down");
        });

        assertEquals(new Paid.Delivered<>("the answer", Optional.of(RECEIPT)), paid);
        assertEquals(1, charges.size());
    }
}
