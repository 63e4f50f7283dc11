package dev.slicewise.domain.record;

import dev.slicewise.domain.Require;

import java.util.List;

/** One page of records, newest first, and how many records the filter admits in all. */
public record RecordPage(long count, List<RecordRow> results) {

    public RecordPage {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        results = List.copyOf(Require.present(results, "results"));
    }
}
