package dev.slicewise.adapter.persistence;

import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures of the database are an outage (503, retry later) and which are bugs (500). */
class DatabaseOutagesTest {

    @Test
    void givenNoConnectionWithinHikarisTimeout_isAnOutage() {
        assertTrue(DatabaseOutages.isOutage(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"))));
    }

    @Test
    void givenABrokenConnectionDeepInTheCauses_isAnOutage() {
        assertTrue(DatabaseOutages.isOutage(new DataAccessException("Error executing SQL",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
    }

    @Test
    void givenAServerThatShutsDownOrStartsUp_isAnOutage() {
        assertTrue(DatabaseOutages.isOutage(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutages.isOutage(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void givenABrokenConstraintACanceledQueryOrACodingError_isNotAnOutage() {
        assertFalse(DatabaseOutages.isOutage(new DataAccessException("Error executing SQL",
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
        assertFalse(DatabaseOutages.isOutage(new SQLException("canceling statement due to statement timeout", "57014")));
        assertFalse(DatabaseOutages.isOutage(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutages.isOutage(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutages.isOutage(NoConnectionException.notFoundInAdvice()));
    }
}
