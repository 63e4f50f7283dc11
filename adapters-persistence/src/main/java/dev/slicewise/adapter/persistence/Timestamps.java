package dev.slicewise.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants in {@code TIMESTAMP WITH TIME ZONE} columns, which keep microseconds on H2 and PostgreSQL. */
final class Timestamps {

    private Timestamps() {
    }

    /** The instant as the database keeps it: cut (not rounded) to the microsecond. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, storable(instant).atOffset(ZoneOffset.UTC));
    }

    static Instant get(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
