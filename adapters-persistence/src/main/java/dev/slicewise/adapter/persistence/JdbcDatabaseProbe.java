package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.DatabaseProbe;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/**
 * The readiness probe's question to the database: one {@code SELECT 1} on a connection of the pool. A database that
 * cannot be reached answers, through {@link DatabaseOutages}, after the pool's connection timeout
 * ({@code SLICEWISE_DB_CONNECT_TIMEOUT_MS}).
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcDatabaseProbe implements DatabaseProbe {

    private final JdbcOperations jdbc;

    public JdbcDatabaseProbe(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Connectable
    public void touch() {
        jdbc.prepareStatement("SELECT 1", statement -> statement.execute());
    }
}
