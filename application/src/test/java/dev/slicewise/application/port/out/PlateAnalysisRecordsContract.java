package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.chat.ChatId;
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
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.turn.Api;
import dev.slicewise.domain.turn.Exchange;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link PlateAnalysisRecords} must do; each implementation's test extends this class. */
public abstract class PlateAnalysisRecordsContract {

    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final PlateFindings TREE_AND_BRIM = new PlateFindings(SupportNeed.TREE, new Confidence(0.83),
            AdhesionRisk.HIGH, AdhesionAid.BRIM, new Confidence(0.61), ShapeClass.ORGANIC, new Confidence(0.9),
            Set.of(Feature.OVERHANGS, Feature.TALL_AND_THIN, Feature.SMALL_BASE));
    private static final PlateFindings NOTHING = new PlateFindings(SupportNeed.NONE, new Confidence(1),
            AdhesionRisk.LOW, AdhesionAid.NONE, new Confidence(0), ShapeClass.BOXY, new Confidence(0.5), Set.of());

    private PlateAnalysisRecords records;

    /** A repository holding no records. */
    protected abstract PlateAnalysisRecords newRepository();

    @BeforeEach
    void createRepository() {
        records = newRepository();
    }

    @Test
    void givenUserWithoutAnalyses_findByUser_returnsEmptyList() {
        records.append(record(BOB, NOTHING, NOW));

        assertEquals(List.of(), records.findByUser(ALICE));
    }

    @Test
    void givenAnalysisInAChatByAVisionModel_appendThenFind_roundTripsEveryField() {
        PlateAnalysisRecord record = new PlateAnalysisRecord("request-1", ALICE, Optional.of(new ChatId(42)), TREE_AND_BRIM, 4, 3,
                new Credits(2), Duration.ofMillis(1_234), Language.ZH_TW, NOW,
                new Provenance("openai", "gpt-4o", 2_345, 187, Duration.ofMillis(1_200), true),
                Exchange.partner("", "Supports: tree."));

        records.append(record);

        assertEquals(List.of(record), records.findByUser(ALICE));
    }

    @Test
    void givenEveryFeatureAndNoChat_appendThenFind_roundTripsThem() {
        PlateFindings everything = new PlateFindings(SupportNeed.NORMAL, new Confidence(0.5), AdhesionRisk.MEDIUM,
                AdhesionAid.RAFT, new Confidence(0.75), ShapeClass.BOXY, new Confidence(0.66),
                EnumSet.allOf(Feature.class));
        PlateAnalysisRecord record = new PlateAnalysisRecord("request-2", ALICE, Optional.empty(), everything, 1, 1,
                Credits.NONE, Duration.ZERO, Language.EN, NOW, Provenance.embedded(Duration.ZERO, true),
                new Exchange(Api.NATIVE, Optional.empty(), Optional.of(new SessionId("ses_" + "c".repeat(32))),
                        Optional.of(new MessageId("msg_" + "d".repeat(32))), "what does my plate need?", "A raft."));

        records.append(record);

        assertEquals(List.of(record), records.findByUser(ALICE));
    }

    @Test
    void givenAnalysesAppendedOutOfOrder_findByUser_returnsOldestFirst() {
        PlateAnalysisRecord later = record(ALICE, NOTHING, NOW.plusSeconds(5));
        PlateAnalysisRecord earlier = record(ALICE, TREE_AND_BRIM, NOW);
        PlateAnalysisRecord latest = record(ALICE, NOTHING, NOW.plusSeconds(10));

        records.append(later);
        records.append(earlier);
        records.append(latest);

        assertEquals(List.of(earlier, later, latest), records.findByUser(ALICE));
    }

    @Test
    void givenAnalysesOfTwoUsers_findByUser_returnsOnlyThatUsersAnalyses() {
        PlateAnalysisRecord alices = record(ALICE, TREE_AND_BRIM, NOW);
        PlateAnalysisRecord bobs = record(BOB, NOTHING, NOW.plusSeconds(1));

        records.append(alices);
        records.append(bobs);

        assertEquals(List.of(alices), records.findByUser(ALICE));
        assertEquals(List.of(bobs), records.findByUser(BOB));
    }

    @Test
    void givenAnalysisOfARequestKeptAlready_append_keepsTheFirst() {
        PlateAnalysisRecord first = record(ALICE, TREE_AND_BRIM, NOW);
        PlateAnalysisRecord again = new PlateAnalysisRecord(first.requestId(), ALICE, Optional.empty(), NOTHING, 4, 1,
                new Credits(1), Duration.ofMillis(95), Language.EN, NOW.plusSeconds(70),
                Provenance.embedded(Duration.ofMillis(90), false), Exchange.partner("", "again"));

        records.append(first);
        records.append(again);

        assertEquals(List.of(first), records.findByUser(ALICE));
    }

    private static PlateAnalysisRecord record(UserId user, PlateFindings findings, Instant answeredAt) {
        return new PlateAnalysisRecord(user.value() + "-" + answeredAt, user, Optional.empty(), findings, 4, 1,
                new Credits(1), Duration.ofMillis(80), Language.EN, answeredAt,
                Provenance.embedded(Duration.ofMillis(75), false), Exchange.partner("", "No supports."));
    }
}
