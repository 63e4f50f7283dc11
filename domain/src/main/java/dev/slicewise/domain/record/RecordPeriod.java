package dev.slicewise.domain.record;

import dev.slicewise.domain.Require;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The days the operator's records and usage cover: from the first to the last day, both included, in UTC, at most
 * {@value #MAX_DAYS} days (a leap year), so that no single request reads the whole history.
 */
public record RecordPeriod(LocalDate first, LocalDate last) {

    public static final int MAX_DAYS = 366;

    public RecordPeriod {
        Require.present(first, "start_date");
        Require.present(last, "end_date");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("'start_date' must not be after 'end_date'.");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("The period may cover at most " + MAX_DAYS + " days.");
        }
    }

    /** The first instant of the period. */
    public Instant from() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant until() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether an instant falls within the period. */
    public boolean covers(Instant at) {
        return !at.isBefore(from()) && at.isBefore(until());
    }
}
