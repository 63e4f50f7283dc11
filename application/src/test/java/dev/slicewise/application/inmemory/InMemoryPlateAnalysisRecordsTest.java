package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.application.port.out.PlateAnalysisRecordsContract;

class InMemoryPlateAnalysisRecordsTest extends PlateAnalysisRecordsContract {

    @Override
    protected PlateAnalysisRecords newRepository() {
        return new InMemoryPlateAnalysisRecords();
    }
}
