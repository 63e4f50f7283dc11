package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class InMemoryCreditAccountRepository implements CreditAccountRepository {

    private final Map<UserId, Long> balances = new HashMap<>();
    private final Set<String> debitedRequests = new HashSet<>();

    @Override
    public synchronized Debit debit(UserId user, Credits amount, Credits grant, String requestId) {
        long available = balances.computeIfAbsent(user, u -> grant.amount());
        if (debitedRequests.contains(requestId)) {
            return new Debit.Done(new Credits(available));
        }
        if (available < amount.amount()) {
            return new Debit.Short(new Credits(available));
        }
        long after = available - amount.amount();
        balances.put(user, after);
        debitedRequests.add(requestId);
        return new Debit.Done(new Credits(after));
    }

    @Override
    public synchronized Optional<Credits> balance(UserId user) {
        return Optional.ofNullable(balances.get(user)).map(Credits::new);
    }
}
