package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.IdempotencyRecords;
import dev.slicewise.application.port.out.IdempotencyRecordsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcIdempotencyRecordsOnPostgresTest extends IdempotencyRecordsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected IdempotencyRecords newRecords() {
        return database.bean(JdbcIdempotencyRecords.class);
    }
}
