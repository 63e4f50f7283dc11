package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.RunningReplies;
import dev.slicewise.application.port.out.RunningRepliesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcRunningRepliesOnPostgresTest extends RunningRepliesContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected RunningReplies newReplies() {
        return database.bean(JdbcRunningReplies.class);
    }
}
