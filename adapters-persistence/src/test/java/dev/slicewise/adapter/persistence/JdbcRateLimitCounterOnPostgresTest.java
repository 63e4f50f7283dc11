package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.RateLimitCounter;
import dev.slicewise.application.port.out.RateLimitCounterContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcRateLimitCounterOnPostgresTest extends RateLimitCounterContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected RateLimitCounter newCounter() {
        return database.bean(JdbcRateLimitCounter.class);
    }
}
