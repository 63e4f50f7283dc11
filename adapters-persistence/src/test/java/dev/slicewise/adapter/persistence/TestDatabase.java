package dev.slicewise.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.ConnectionOperations;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * A database of one vendor for the tests of a class, registered with {@code @RegisterExtension}. The beans come from a
 * Micronaut context shared by every test class of the run on that vendor; each test starts with empty tables.
 */
final class TestDatabase implements BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabase.class);
    private static final List<String> TABLES = List.of("access_token", "api_key", "chat", "chat_session", "credit_account", "credit_charge", "idempotency_record",
            "plate_analysis_record", "rate_limit_window", "session_message", "turn_record");

    private final Vendor vendor;
    private TestDatabases databases;

    private TestDatabase(Vendor vendor) {
        this.vendor = vendor;
    }

    static TestDatabase h2() {
        return new TestDatabase(Vendor.H2);
    }

    static TestDatabase postgres() {
        return new TestDatabase(Vendor.POSTGRES);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        databases = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(TestDatabases.class);
        if (databases.hasSharedContext(vendor)) {
            emptyTables(databases.sharedContext(vendor));
        }
    }

    /** A bean of the shared context. */
    <T> T bean(Class<T> type) {
        return databases.sharedContext(vendor).getBean(type);
    }

    /** The configuration of a Micronaut context on a new, empty database of this vendor, migrated at start. */
    Map<String, Object> newDatabase() {
        return databases.newDatabase(vendor);
    }

    @SuppressWarnings("unchecked")
    private static void emptyTables(ApplicationContext context) {
        ConnectionOperations<Connection> connections =
                context.getBean(Argument.of(ConnectionOperations.class, Connection.class));
        connections.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                for (String table : TABLES) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not empty the tables", e);
            }
            return null;
        });
    }
}
