package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.RateLimitCounter;
import dev.slicewise.domain.apikey.ApiKeyId;
import dev.slicewise.domain.apikey.RateAdmission;
import dev.slicewise.domain.apikey.RateWindow;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;

/**
 * Each key's count in its current one-minute window, one row per key in {@code rate_limit_window}. A request is
 * counted by one conditional update: it starts a new window when the row's is older, else adds one while the count
 * is under the limit. The database serialises the updates of a row, so nodes sharing it admit exactly the limit per
 * window between them; a node whose clock is behind never moves a window back.
 */
@Singleton
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcRateLimitCounter implements RateLimitCounter {

    private static final String OPEN_UNLESS_PRESENT =
            "INSERT INTO rate_limit_window (api_key_id, window_start, used) VALUES (?, ?, 0) ON CONFLICT DO NOTHING";
    private static final String COUNT_IF_UNDER_LIMIT = """
            UPDATE rate_limit_window
               SET used = CASE WHEN window_start < ? THEN 1 ELSE used + 1 END,
                   window_start = GREATEST(window_start, ?)
             WHERE api_key_id = ? AND (window_start < ? OR used < ?)""";
    private static final String USED = "SELECT used FROM rate_limit_window WHERE api_key_id = ?";

    private final JdbcOperations jdbc;

    public JdbcRateLimitCounter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One short transaction: the counted row stays locked until commit, so the count read is this request's. */
    @Override
    @Transactional
    public RateAdmission admit(ApiKeyId key, int limit, Instant now) {
        RateWindow window = RateWindow.at(now);
        jdbc.prepareStatement(OPEN_UNLESS_PRESENT, statement -> {
            statement.setString(1, key.value());
            Timestamps.set(statement, 2, window.start());
            return statement.executeUpdate();
        });
        boolean admitted = jdbc.prepareStatement(COUNT_IF_UNDER_LIMIT, statement -> {
            Timestamps.set(statement, 1, window.start());
            Timestamps.set(statement, 2, window.start());
            statement.setString(3, key.value());
            Timestamps.set(statement, 4, window.start());
            statement.setInt(5, limit);
            return statement.executeUpdate() == 1;
        });
        int used = jdbc.prepareStatement(USED, statement -> {
            statement.setString(1, key.value());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt("used");
            }
        });
        return window.admission(admitted, limit, used, now);
    }
}
