package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.user.UserId;

import java.util.List;

public final class InMemoryPlateAnalysisRecords implements PlateAnalysisRecords {

    private final RecordsByRequest<PlateAnalysisRecord> records = new RecordsByRequest<>(
            PlateAnalysisRecord::requestId, PlateAnalysisRecord::user, PlateAnalysisRecord::answeredAt);

    @Override
    public void append(PlateAnalysisRecord record) {
        records.append(record);
    }

    /** Every record, in the order they were kept. */
    public List<PlateAnalysisRecord> all() {
        return records.all();
    }

    @Override
    public List<PlateAnalysisRecord> findByUser(UserId user) {
        return records.ofUser(user);
    }
}
