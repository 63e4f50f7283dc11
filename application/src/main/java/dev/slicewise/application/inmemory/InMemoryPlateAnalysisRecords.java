package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.user.ElegooUserId;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryPlateAnalysisRecords implements PlateAnalysisRecords {

    private final List<PlateAnalysisRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void append(PlateAnalysisRecord record) {
        records.add(record);
    }

    @Override
    public List<PlateAnalysisRecord> findByUser(ElegooUserId user) {
        return records.stream()
                .filter(r -> r.user().equals(user))
                .sorted(Comparator.comparing(PlateAnalysisRecord::answeredAt))
                .toList();
    }
}
