package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.application.port.out.Metrics;
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
 * did not get. A record that cannot be kept does not take a paid answer from its user. Charges and refused charges
 * are counted in the metrics.
 */
public final class PaidAnswers {

    private static final System.Logger LOG = System.getLogger(PaidAnswers.class.getName());

    private final CreditLedger ledger;
    private final Metrics metrics;

    public PaidAnswers(CreditLedger ledger, Metrics metrics) {
        this.ledger = ledger;
        this.metrics = metrics;
    }

    /** How a turn whose answer met its charge ended, in the metrics' words. */
    public static Metrics.TurnResult result(Paid<?> paid) {
        return switch (paid) {
            case Paid.Delivered<?> delivered -> Metrics.TurnResult.ANSWERED;
            case Paid.Refused<?> refused -> Metrics.TurnResult.REFUSED;
            case Paid.Unavailable<?> unavailable -> Metrics.TurnResult.FAILED;
        };
    }

    /** Delivers {@code answer} for {@code cost}; {@code record} keeps it, given what was charged. */
    public <T> Paid<T> deliver(UserId user, String requestId, Credits cost, T answer, Consumer<Credits> record) {
        if (cost.isZero()) {
            keep(record, Credits.NONE);
            return new Paid.Delivered<>(answer, Optional.empty());
        }
        return switch (ledger.charge(new ChargeRequest(user, cost, requestId))) {
            case ChargeOutcome.Charged charged -> {
                metrics.charged(cost);
                keep(record, cost);
                yield new Paid.Delivered<>(answer, charged.receipt());
            }
            case ChargeOutcome.Refused refused -> {
                metrics.chargeRefused(Metrics.ChargeRefusal.INSUFFICIENT);
                yield new Paid.Refused<>(refused.receipt());
            }
            case ChargeOutcome.Unavailable unavailable -> {
                metrics.chargeRefused(Metrics.ChargeRefusal.UNAVAILABLE);
                yield new Paid.Unavailable<>(unavailable.failure());
            }
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
