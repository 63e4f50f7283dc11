package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * Balances in the {@code credit_account} table, and one row per debited request in {@code credit_charge}. The
 * database, not this class, keeps a balance from going below zero and a request from being debited twice: the debit
 * is one conditional update, and the charge row's primary key is the request id, so debits from any number of nodes
 * sharing the database never overdraw and never take twice for one request.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcCreditAccountRepository implements CreditAccountRepository {

    private static final String RECORD_CHARGE_UNLESS_PRESENT =
            "INSERT INTO credit_charge (request_id, elegoo_user_id, amount) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String FORGET_CHARGE = "DELETE FROM credit_charge WHERE request_id = ?";
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
     * One short transaction. The charge row comes first: a second debit under the same request id waits on its key
     * and then finds it. The debited row stays locked until commit, so the balance read after the debit is the one
     * this debit left. A user's first debit finds no account, opens it with the grant and debits again.
     */
    @Override
    @Transactional
    public Debit debit(UserId user, Credits amount, Credits grant, String requestId) {
        if (!recordChargeUnlessPresent(requestId, user, amount)) {
            return new Debit.Done(balance(user).orElseThrow());
        }
        if (debitIfEnough(user, amount)) {
            return new Debit.Done(balance(user).orElseThrow());
        }
        openUnlessPresent(user, grant);
        if (debitIfEnough(user, amount)) {
            return new Debit.Done(balance(user).orElseThrow());
        }
        jdbc.prepareStatement(FORGET_CHARGE, statement -> {
            statement.setString(1, requestId);
            return statement.executeUpdate();
        });
        return new Debit.Short(balance(user).orElseThrow());
    }

    @Override
    @Connectable
    public Optional<Credits> balance(UserId user) {
        return jdbc.prepareStatement(BALANCE, statement -> {
            statement.setString(1, user.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Credits(row.getLong("balance"))) : Optional.empty();
            }
        });
    }

    private boolean recordChargeUnlessPresent(String requestId, UserId user, Credits amount) {
        return jdbc.prepareStatement(RECORD_CHARGE_UNLESS_PRESENT, statement -> {
            statement.setString(1, requestId);
            statement.setString(2, user.value());
            statement.setLong(3, amount.amount());
            return statement.executeUpdate() == 1;
        });
    }

    private boolean debitIfEnough(UserId user, Credits amount) {
        return jdbc.prepareStatement(DEBIT_IF_ENOUGH, statement -> {
            statement.setLong(1, amount.amount());
            statement.setString(2, user.value());
            statement.setLong(3, amount.amount());
            return statement.executeUpdate() == 1;
        });
    }

    private void openUnlessPresent(UserId user, Credits grant) {
        jdbc.prepareStatement(OPEN_UNLESS_PRESENT, statement -> {
            statement.setString(1, user.value());
            statement.setLong(2, grant.amount());
            return statement.executeUpdate();
        });
    }
}
