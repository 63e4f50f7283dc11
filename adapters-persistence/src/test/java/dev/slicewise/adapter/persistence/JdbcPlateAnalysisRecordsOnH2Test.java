package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.application.port.out.PlateAnalysisRecordsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcPlateAnalysisRecordsOnH2Test extends PlateAnalysisRecordsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected PlateAnalysisRecords newRepository() {
        return database.bean(JdbcPlateAnalysisRecords.class);
    }
}
