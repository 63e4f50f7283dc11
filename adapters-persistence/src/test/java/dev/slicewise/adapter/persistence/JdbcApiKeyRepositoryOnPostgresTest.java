package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.ApiKeyRepository;
import dev.slicewise.application.port.out.ApiKeyRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcApiKeyRepositoryOnPostgresTest extends ApiKeyRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected ApiKeyRepository newRepository() {
        return database.bean(JdbcApiKeyRepository.class);
    }
}
