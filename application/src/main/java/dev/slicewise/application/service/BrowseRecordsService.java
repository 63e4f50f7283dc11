package dev.slicewise.application.service;

import dev.slicewise.application.port.in.BrowseRecordsUseCase;
import dev.slicewise.application.port.out.OperatorRecords;
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
 * The operator's records, read where they are kept: the filters, pages and sums are the store's work
 * ({@link OperatorRecords}), so that a year of records costs the service a page's memory.
 */
public final class BrowseRecordsService implements BrowseRecordsUseCase {

    private final OperatorRecords records;

    public BrowseRecordsService(OperatorRecords records) {
        this.records = records;
    }

    @Override
    public RecordPage page(RecordFilter filter, PageRequest page) {
        return records.page(filter, page);
    }

    @Override
    public long count(RecordFilter filter) {
        return records.count(filter);
    }

    @Override
    public void export(RecordFilter filter, Consumer<RecordRow> each) {
        records.export(filter, each);
    }

    @Override
    public List<Usage> usage(RecordPeriod period, UsageGroup group) {
        return records.usage(period, group);
    }
}
