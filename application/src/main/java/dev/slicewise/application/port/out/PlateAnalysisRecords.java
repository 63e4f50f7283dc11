package dev.slicewise.application.port.out;

import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.user.UserId;

import java.util.List;

/** Where one record per answered plate analysis is kept, with what was measured. */
public interface PlateAnalysisRecords {

    /** Keeps the record, unless a record of its request is kept already (the request ran again after a failure). */
    void append(PlateAnalysisRecord record);

    /** The user's analyses, oldest first. */
    List<PlateAnalysisRecord> findByUser(UserId user);
}
