package dev.slicewise.application.port.out;

import dev.slicewise.domain.record.PageRequest;
import dev.slicewise.domain.record.RecordFilter;
import dev.slicewise.domain.record.RecordPage;
import dev.slicewise.domain.record.RecordPeriod;
import dev.slicewise.domain.record.RecordRow;
import dev.slicewise.domain.record.Usage;
import dev.slicewise.domain.record.UsageGroup;

import java.util.List;
import java.util.function.Consumer;

/**
 * The operator's view of the kept turns of both APIs and of the plate analyses, one row per answered turn, with the
 * feedback given since: read by the store itself (filtered, counted, paged and summed where the rows are), never by
 * loading every record.
 */
public interface OperatorRecords {

    /** One page of the records the filter admits, newest first (then the newest id first), and their count. */
    RecordPage page(RecordFilter filter, PageRequest page);

    /** How many records the filter admits. */
    long count(RecordFilter filter);

    /**
     * Every record the filter admits, oldest first, handed to {@code each} as it is read: the store holds no more
     * than a fetch of rows at a time, whatever their number. An exception thrown by {@code each} ends the reading.
     */
    void export(RecordFilter filter, Consumer<RecordRow> each);

    /** The sums of the period's records by group, in the group's order (days ascending, names ascending). */
    List<Usage> usage(RecordPeriod period, UsageGroup group);
}
