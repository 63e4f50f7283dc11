package dev.slicewise.application.port.out;

import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.user.ElegooUserId;

import java.util.List;

/** Where one record per answered plate analysis is kept, with what was measured. */
public interface PlateAnalysisRecords {

    void append(PlateAnalysisRecord record);

    /** The user's analyses, oldest first. */
    List<PlateAnalysisRecord> findByUser(ElegooUserId user);
}
