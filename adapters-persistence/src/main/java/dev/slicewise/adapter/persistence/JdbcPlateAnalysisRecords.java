package dev.slicewise.adapter.persistence;

import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.AdhesionRisk;
import dev.slicewise.domain.plate.analysis.Confidence;
import dev.slicewise.domain.plate.analysis.Feature;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.plate.analysis.PlateFindings;
import dev.slicewise.domain.plate.analysis.ShapeClass;
import dev.slicewise.domain.plate.analysis.SupportNeed;
import dev.slicewise.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plate analyses in the {@code plate_analysis_record} table. The features are kept as comma-separated names in a
 * fixed order and the latency in milliseconds; the engine that answered in its own columns (V5), what was said and
 * where in others (V13). The request id is
 * unique (V6): a request that ran again after a failure keeps the record of its first attempt.
 */
@Singleton
@Connectable
@Requires(property = "slicewise.persistence", value = "jdbc", defaultValue = "jdbc")
public class JdbcPlateAnalysisRecords implements PlateAnalysisRecords {

    private static final String LATENCY = "analyser_latency_millis";
    private static final String COLUMNS = "request_id, elegoo_user_id, chat_id, support, support_confidence, "
            + "adhesion_risk, adhesion_aid, adhesion_confidence, shape, shape_confidence, features, image_count, model_count, "
            + "charged, latency_millis, language, answered_at, " + ProvenanceColumns.names(LATENCY) + ", "
            + ExchangeColumns.NAMES;
    private static final String INSERT = "INSERT INTO plate_analysis_record (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING";
    private static final String FIND_BY_USER = "SELECT " + COLUMNS
            + " FROM plate_analysis_record WHERE elegoo_user_id = ? ORDER BY answered_at, id";
    private static final String SEPARATOR = ",";

    private final JdbcOperations jdbc;

    public JdbcPlateAnalysisRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(PlateAnalysisRecord record) {
        PlateFindings findings = record.findings();
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, record.requestId());
            statement.setString(2, record.user().value());
            UserRecords.setChatId(statement, 3, record.chatId());
            statement.setString(4, findings.support().name());
            statement.setDouble(5, findings.supportConfidence().value());
            statement.setString(6, findings.adhesionRisk().name());
            statement.setString(7, findings.adhesionAid().name());
            statement.setDouble(8, findings.adhesionConfidence().value());
            statement.setString(9, findings.shape().name());
            statement.setDouble(10, findings.shapeConfidence().value());
            statement.setString(11, findings.features().stream().sorted().map(Feature::name)
                    .collect(Collectors.joining(SEPARATOR)));
            statement.setInt(12, record.imageCount());
            statement.setInt(13, record.modelCount());
            statement.setLong(14, record.charged().amount());
            statement.setLong(15, record.latency().toMillis());
            statement.setString(16, record.language().name());
            Timestamps.set(statement, 17, record.answeredAt());
            ProvenanceColumns.set(statement, 18, record.provenance());
            ExchangeColumns.set(statement, 24, record.exchange());
            return statement.executeUpdate();
        });
    }

    @Override
    public List<PlateAnalysisRecord> findByUser(UserId user) {
        return UserRecords.ofUser(jdbc, FIND_BY_USER, user, JdbcPlateAnalysisRecords::record);
    }

    private static PlateAnalysisRecord record(ResultSet row) throws SQLException {
        PlateFindings findings = new PlateFindings(
                SupportNeed.valueOf(row.getString("support")),
                new Confidence(row.getDouble("support_confidence")),
                AdhesionRisk.valueOf(row.getString("adhesion_risk")),
                AdhesionAid.valueOf(row.getString("adhesion_aid")),
                new Confidence(row.getDouble("adhesion_confidence")),
                ShapeClass.valueOf(row.getString("shape")),
                new Confidence(row.getDouble("shape_confidence")),
                features(row.getString("features")));
        return new PlateAnalysisRecord(
                row.getString("request_id"),
                new UserId(row.getString("elegoo_user_id")),
                UserRecords.chatId(row),
                findings,
                row.getInt("image_count"),
                row.getInt("model_count"),
                new Credits(row.getLong("charged")),
                Duration.ofMillis(row.getLong("latency_millis")),
                Language.valueOf(row.getString("language")),
                Timestamps.get(row, "answered_at"),
                ProvenanceColumns.get(row, LATENCY),
                ExchangeColumns.get(row));
    }

    private static Set<Feature> features(String names) {
        return names.isEmpty() ? Set.of()
                : Arrays.stream(names.split(SEPARATOR)).map(Feature::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
