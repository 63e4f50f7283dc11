package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.AccessTokenRepository;
import dev.slicewise.application.port.out.AccessTokenRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcAccessTokenRepositoryOnH2Test extends AccessTokenRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected AccessTokenRepository newRepository() {
        return database.bean(JdbcAccessTokenRepository.class);
    }
}
