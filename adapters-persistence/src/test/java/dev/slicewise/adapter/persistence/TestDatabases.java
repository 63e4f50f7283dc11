package dev.slicewise.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the tests of a whole run share: one embedded PostgreSQL server, started on first use, a folder of H2 file
 * databases (files, as the service's default, so that their checkpoints run too), and one Micronaut context per
 * vendor. JUnit closes it at the end of the run (see {@link TestDatabase}).
 */
final class TestDatabases implements AutoCloseable {

    private final Map<Vendor, ApplicationContext> sharedContexts = new EnumMap<>(Vendor.class);
    private final Path h2Folder = temporaryFolder();
    private EmbeddedPostgres postgres;
    private int databasesCreated;

    /** The configuration of a Micronaut context on a new, empty database, which Flyway migrates at start. */
    synchronized Map<String, Object> newDatabase(Vendor vendor) {
        String name = "slicewise_" + ++databasesCreated;
        Map<String, Object> properties = new HashMap<>(switch (vendor) {
            case H2 -> Map.of(
                    "datasources.default.url", "jdbc:h2:file:" + h2Folder.resolve(name)
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "datasources.default.username", "sa",
                    "datasources.default.password", "");
            case POSTGRES -> Map.of(
                    "datasources.default.url", createPostgresDatabase(name),
                    "datasources.default.username", "postgres");
        });
        properties.put("datasources.default.dialect", vendor.name());
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("slicewise.persistence", "jdbc");
        return properties;
    }

    /** The context all test classes on this vendor share, started on first use. */
    synchronized ApplicationContext sharedContext(Vendor vendor) {
        return sharedContexts.computeIfAbsent(vendor, v -> ApplicationContext.run(newDatabase(v)));
    }

    synchronized boolean hasSharedContext(Vendor vendor) {
        return sharedContexts.containsKey(vendor);
    }

    @Override
    public synchronized void close() throws IOException {
        sharedContexts.values().forEach(ApplicationContext::close);
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(h2Folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("slicewise-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String createPostgresDatabase(String name) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }
}
