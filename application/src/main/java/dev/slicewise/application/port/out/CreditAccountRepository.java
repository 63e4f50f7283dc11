package dev.slicewise.application.port.out;

import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;

import java.util.Optional;

/**
 * Per-user credit balances of the embedded ledger. Every debit is atomic, never takes a balance below zero, and is
 * made once per request id: a debit under an id that was debited already takes nothing and reports the balance.
 */
public interface CreditAccountRepository {

    /**
     * Takes {@code amount} from the user's balance for the request {@code requestId}, if the balance is enough and
     * that request was not debited before. A user without an account first gets one holding {@code grant}.
     */
    Debit debit(UserId user, Credits amount, Credits grant, String requestId);

    /** The user's balance, empty when they have no account yet. */
    Optional<Credits> balance(UserId user);

    sealed interface Debit {
        /** Debited now, or earlier under the same request id. */
        record Done(Credits balanceAfter) implements Debit {
        }

        record Short(Credits balance) implements Debit {
        }
    }
}
