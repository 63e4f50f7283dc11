package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The indexes of the sessions' keyword search on PostgreSQL: GIN indexes of the owner and the trigrams (pg_trgm, with
 * btree_gin for the owner's column) of the messages' text and of the sessions' titles, which serve an owner's
 * {@code ILIKE '%keyword%'} (docs/adr/0013-session-search-index.md). H2 has neither extension nor GIN, and scans; its
 * schema is otherwise the same, and this migration is recorded on both, so that both vendors keep one history. A Java
 * migration because Flyway itself has no per-vendor SQL locations.
 */
public class V11__session_search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            statement.execute("CREATE EXTENSION IF NOT EXISTS btree_gin");
            statement.execute("CREATE INDEX session_message_owner_content_trgm ON session_message"
                    + " USING gin (owner_id, content gin_trgm_ops)");
            statement.execute("CREATE INDEX chat_session_owner_title_trgm ON chat_session"
                    + " USING gin (owner_id, title gin_trgm_ops)");
        }
    }
}
