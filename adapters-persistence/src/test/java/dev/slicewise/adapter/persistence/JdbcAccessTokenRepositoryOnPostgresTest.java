package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.application.port.out.AccessTokenRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcAccessTokenRepositoryOnPostgresTest extends AccessTokenRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected AccessTokenRepository newRepository() {
        return database.bean(JdbcAccessTokenRepository.class);
    }
}
