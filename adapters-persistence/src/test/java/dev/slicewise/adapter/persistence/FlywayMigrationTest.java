package dev.slicewise.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlywayMigrationTest {

    private static final List<String> TABLES = List.of("access_token", "api_key", "chat", "chat_session", "credit_account", "credit_charge", "idempotency_record",
            "plate_analysis_record", "rate_limit_window", "running_reply", "session_message", "turn_record");

    @RegisterExtension
    static final TestDatabase h2 = TestDatabase.h2();

    @RegisterExtension
    static final TestDatabase postgres = TestDatabase.postgres();

    @Test
    void givenEmptyH2Database_startingTheContext_migratesItToTheSchema() throws SQLException {
        assertMigratedOnStart(h2.newDatabase());
    }

    @Test
    void givenEmptyPostgresDatabase_startingTheContext_migratesItToTheSchema_withTheTrigramSearchIndexes()
            throws SQLException {
        Map<String, Object> database = postgres.newDatabase();
        assertMigratedOnStart(database);
        List<String> indexes = column(database, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");
        assertTrue(indexes.containsAll(List.of("session_message_owner_content_trgm", "chat_session_owner_title_trgm")),
                () -> "indexes: " + indexes);
    }

    private static void assertMigratedOnStart(Map<String, Object> database) throws SQLException {
        try (ApplicationContext ignored = ApplicationContext.run(database)) {
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"),
                    column(database, "SELECT version FROM flyway_schema_history WHERE type IN ('SQL', 'JDBC')"
                            + " AND success = TRUE ORDER BY installed_rank"));
            List<String> tables = column(database,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
            assertTrue(tables.containsAll(TABLES), () -> "tables: " + tables);
            List<String> turnColumns = column(database, "SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND table_name = 'turn_record'");
            assertTrue(turnColumns.containsAll(List.of("provider", "model", "prompt_tokens", "completion_tokens",
                    "assistant_latency_millis", "fell_back")), () -> "turn_record columns: " + turnColumns);
            List<String> plateColumns = column(database, "SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND table_name = 'plate_analysis_record'");
            assertTrue(plateColumns.containsAll(List.of("provider", "model", "prompt_tokens", "completion_tokens",
                    "analyser_latency_millis", "fell_back")), () -> "plate_analysis_record columns: " + plateColumns);
            assertTrue(turnColumns.contains("request_id") && plateColumns.contains("request_id"),
                    "turn and plate analysis records carry their request id");
            List<String> messageColumns = column(database, "SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND table_name = 'session_message'");
            assertTrue(messageColumns.containsAll(List.of("code", "code_language", "part")),
                    () -> "session_message columns: " + messageColumns);
        }
    }

    /** Reads the database directly, around the context, so that the test sees what is really there. */
    private static List<String> column(Map<String, Object> database, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection((String) database.get("datasources.default.url"),
                (String) database.get("datasources.default.username"),
                (String) database.getOrDefault("datasources.default.password", ""));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
