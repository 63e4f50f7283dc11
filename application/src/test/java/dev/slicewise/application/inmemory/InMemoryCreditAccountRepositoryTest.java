package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.CreditAccountRepository;
import dev.slicewise.application.port.out.CreditAccountRepositoryContract;

class InMemoryCreditAccountRepositoryTest extends CreditAccountRepositoryContract {

    @Override
    protected CreditAccountRepository newRepository() {
        return new InMemoryCreditAccountRepository();
    }
}
