package dev.slicewise.application.port.in;

import dev.slicewise.domain.record.PageRequest;
import dev.slicewise.domain.record.RecordFilter;
import dev.slicewise.domain.record.RecordPage;
import dev.slicewise.domain.record.RecordPeriod;
import dev.slicewise.domain.record.RecordRow;
import dev.slicewise.domain.record.Usage;
import dev.slicewise.domain.record.UsageGroup;

import java.util.List;
import java.util.function.Consumer;

/** The operator reads what the service answered: records by period and text, their export, and usage sums. */
public interface BrowseRecordsUseCase {

    /** One page of records, newest first, with the count of all the filter admits. */
    RecordPage page(RecordFilter filter, PageRequest page);

    /** How many records the filter admits (what an export will hold, unless more arrive meanwhile). */
    long count(RecordFilter filter);

    /** Every record the filter admits, oldest first, handed on as read (for a file written while it is read). */
    void export(RecordFilter filter, Consumer<RecordRow> each);

    /** Messages, tokens, credits, fallbacks and errors of the period, by group. */
    List<Usage> usage(RecordPeriod period, UsageGroup group);
}
