package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.CreditAccountRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcCreditAccountRepositoryOnPostgresTest extends CreditAccountRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected CreditAccountRepository newRepository() {
        return database.bean(JdbcCreditAccountRepository.class);
    }
}
