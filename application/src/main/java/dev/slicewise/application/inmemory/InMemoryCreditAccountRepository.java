package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.ElegooUserId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryCreditAccountRepository implements CreditAccountRepository {

    private final Map<ElegooUserId, Long> balances = new ConcurrentHashMap<>();

    @Override
    public Debit debit(ElegooUserId user, Credits amount, Credits grant) {
        Debit[] result = new Debit[1];
        balances.compute(user, (u, balance) -> {
            long available = balance == null ? grant.amount() : balance;
            if (available < amount.amount()) {
                result[0] = new Debit.Short(new Credits(available));
                return available;
            }
            long after = available - amount.amount();
            result[0] = new Debit.Done(new Credits(after));
            return after;
        });
        return result[0];
    }

    @Override
    public Optional<Credits> balance(ElegooUserId user) {
        return Optional.ofNullable(balances.get(user)).map(Credits::new);
    }
}
