package dev.slicewise.application.port.out;

import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.ElegooUserId;

import java.util.Optional;

/** Per-user credit balances of the embedded ledger. Every debit is atomic and never takes a balance below zero. */
public interface CreditAccountRepository {

    /**
     * Takes {@code amount} from the user's balance if it is enough. A user without an account first gets one
     * holding {@code grant}.
     */
    Debit debit(ElegooUserId user, Credits amount, Credits grant);

    /** The user's balance, empty when they have no account yet. */
    Optional<Credits> balance(ElegooUserId user);

    sealed interface Debit {
        record Done(Credits balanceAfter) implements Debit {
        }

        record Short(Credits balance) implements Debit {
        }
    }
}
