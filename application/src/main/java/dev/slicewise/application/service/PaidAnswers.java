package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way an answer that costs credits reaches its user, whatever produced it: once it exists it is charged,
 * once, under the request's id (a free answer is not charged), and it is recorded only when it was charged or free.
 * A refused or failed charge withholds the answer and records nothing, so a user is never charged for an answer they
 * did not get. A record that cannot be kept does not take a paid answer from its user.
 */
public final class PaidAnswers {

    private static final System.Logger LOG = System.getLogger(PaidAnswers.class.getName());

    private final CreditLedger ledger;

    public PaidAnswers(CreditLedger ledger) {
        this.ledger = ledger;
    }

    /** Delivers {@code answer} for {@code cost}; {@code record} keeps it, given what was charged. */
    public <T> Paid<T> deliver(UserId user, String requestId, Credits cost, T answer, Consumer<Credits> record) {
        if (cost.isZero()) {
            keep(record, Credits.NONE);
            return new Paid.Delivered<>(answer, Optional.empty());
        }
        return switch (ledger.charge(new ChargeRequest(user, cost, requestId))) {
            case ChargeOutcome.Charged charged -> {
                keep(record, cost);
                yield new Paid.Delivered<>(answer, charged.receipt());
            }
            case ChargeOutcome.Refused refused -> new Paid.Refused<>(refused.receipt());
            case ChargeOutcome.Unavailable unavailable -> new Paid.Unavailable<>(unavailable.failure());
        };
    }

    private static void keep(Consumer<Credits> record, Credits charged) {
        try {
            record.accept(charged);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not keep the record of an answer that was delivered", e);
        }
    }
}
