package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.application.port.out.ApiKeyRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcApiKeyRepositoryOnH2Test extends ApiKeyRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected ApiKeyRepository newRepository() {
        return database.bean(JdbcApiKeyRepository.class);
    }
}
