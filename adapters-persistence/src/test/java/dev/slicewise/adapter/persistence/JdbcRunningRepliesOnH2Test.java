package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.RunningReplies;
import dev.slicewise.application.port.out.RunningRepliesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcRunningRepliesOnH2Test extends RunningRepliesContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected RunningReplies newReplies() {
        return database.bean(JdbcRunningReplies.class);
    }
}
