package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.CreditAccountRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcCreditAccountRepositoryOnH2Test extends CreditAccountRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected CreditAccountRepository newRepository() {
        return database.bean(JdbcCreditAccountRepository.class);
    }
}
