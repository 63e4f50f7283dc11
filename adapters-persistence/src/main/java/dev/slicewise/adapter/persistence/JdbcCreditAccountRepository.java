package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.ElegooUserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * Balances in the {@code credit_account} table. The database, not this class, keeps a balance from going below zero:
 * the debit is one conditional update, so debits from any number of nodes sharing the database never overdraw.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcCreditAccountRepository implements CreditAccountRepository {

    private static final String OPEN_UNLESS_PRESENT =
            "INSERT INTO credit_account (elegoo_user_id, balance) VALUES (?, ?) ON CONFLICT DO NOTHING";
    private static final String DEBIT_IF_ENOUGH =
            "UPDATE credit_account SET balance = balance - ? WHERE elegoo_user_id = ? AND balance >= ?";
    private static final String BALANCE = "SELECT balance FROM credit_account WHERE elegoo_user_id = ?";

    private final JdbcOperations jdbc;

    public JdbcCreditAccountRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One short transaction: the debited row stays locked until commit, so the balance read after the debit is the
     * one this debit left.
     */
    @Override
    @Transactional
    public Debit debit(ElegooUserId user, Credits amount, Credits grant) {
        openUnlessPresent(user, grant);
        boolean debited = jdbc.prepareStatement(DEBIT_IF_ENOUGH, statement -> {
            statement.setLong(1, amount.amount());
            statement.setString(2, user.value());
            statement.setLong(3, amount.amount());
            return statement.executeUpdate() == 1;
        });
        Credits balance = balance(user).orElseThrow();
        return debited ? new Debit.Done(balance) : new Debit.Short(balance);
    }

    @Override
    @Connectable
    public Optional<Credits> balance(ElegooUserId user) {
        return jdbc.prepareStatement(BALANCE, statement -> {
            statement.setString(1, user.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Credits(row.getLong("balance"))) : Optional.empty();
            }
        });
    }

    private void openUnlessPresent(ElegooUserId user, Credits grant) {
        jdbc.prepareStatement(OPEN_UNLESS_PRESENT, statement -> {
            statement.setString(1, user.value());
            statement.setLong(2, grant.amount());
            return statement.executeUpdate();
        });
    }
}
