package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.application.port.out.PlateAnalysisRecordsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcPlateAnalysisRecordsOnPostgresTest extends PlateAnalysisRecordsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected PlateAnalysisRecords newRepository() {
        return database.bean(JdbcPlateAnalysisRecords.class);
    }
}
