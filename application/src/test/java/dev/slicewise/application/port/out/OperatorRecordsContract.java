package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.AdhesionRisk;
import dev.slicewise.domain.plate.analysis.Confidence;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.plate.analysis.PlateFindings;
import dev.slicewise.domain.plate.analysis.ShapeClass;
import dev.slicewise.domain.plate.analysis.SupportNeed;
import dev.slicewise.domain.record.PageRequest;
import dev.slicewise.domain.record.RecordFeedback;
import dev.slicewise.domain.record.RecordFilter;
import dev.slicewise.domain.record.RecordPage;
import dev.slicewise.domain.record.RecordPeriod;
import dev.slicewise.domain.record.RecordRow;
import dev.slicewise.domain.record.Usage;
import dev.slicewise.domain.record.UsageGroup;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Rating;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.turn.Api;
import dev.slicewise.domain.turn.Exchange;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link OperatorRecords} must do, on the stores it reads (turn and plate analysis records, sessions and
 * partner chats, all empty at the start); each implementation's test extends this class.
 */
public abstract class OperatorRecordsContract {

    private static final UserId ELEGOO_USER = new UserId("elegoo-user-7");
    private static final UserId KEY = new UserId("key_" + "a".repeat(32));
    private static final UserId OTHER_KEY = new UserId("key_" + "b".repeat(32));
    private static final LocalDate DAY = LocalDate.parse("2026-12-07");
    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");
    private static final RecordPeriod THAT_DAY = new RecordPeriod(DAY, DAY);
    private static final PlateFindings FINDINGS = new PlateFindings(SupportNeed.NONE, new Confidence(0.9),
            AdhesionRisk.LOW, AdhesionAid.NONE, new Confidence(0.8), ShapeClass.BOXY, new Confidence(0.7), Set.of());

    private TurnRecordRepository turns;
    private PlateAnalysisRecords plates;
    private SessionRepository sessions;
    private ChatRepository chats;
    private OperatorRecords records;
    private int requests;
    private int messages;

    protected abstract TurnRecordRepository turns();

    protected abstract PlateAnalysisRecords plates();

    protected abstract SessionRepository sessions();

    protected abstract ChatRepository chats();

    /** The records of the four stores above. */
    protected abstract OperatorRecords records();

    @BeforeEach
    void createStores() {
        turns = turns();
        plates = plates();
        sessions = sessions();
        chats = chats();
        records = records();
    }

    @Test
    void givenTurnsOfBothApisAndPlateAnalyses_page_showsEachWithItsFieldsAndFeedback_newestFirst() {
        Chat chat = chats.create(ELEGOO_USER, new ChatDetails("[]", Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of("like"), Optional.of("很好")), NOON, 100)
                .orElseThrow();
        turns.append(partnerTurn(Optional.of(chat.id()), "怎么切片？", "正在切片。", NOON,
                new Provenance("deepseek", "deepseek-chat", 120, 30, Duration.ofMillis(900), false)));
        MessageId answer = nativeTurn(KEY, Optional.of("maker-1"), "=SUM(A1:A2)", "That is a formula.",
                NOON.plusSeconds(1), Provenance.embedded(Duration.ofMillis(4), true));
        sessions.giveFeedback(KEY, answer, new Feedback(Optional.of(Rating.DISLIKE), Optional.of("wrong"),
                NOON.plusSeconds(5)));
        plates.append(plate(Api.PARTNER, ELEGOO_USER, Optional.empty(), "", "No supports needed.",
                NOON.plusSeconds(2)));

        RecordPage page = records.page(new RecordFilter(THAT_DAY, Optional.empty(), Optional.empty()),
                new PageRequest(1, 50));

        assertEquals(3, page.count());
        RecordRow plateRow = page.results().get(0);
        RecordRow nativeRow = page.results().get(1);
        RecordRow partnerRow = page.results().get(2);
        assertTrue(plateRow.id().startsWith("plate_") && partnerRow.id().startsWith("turn_"), page::toString);
        assertEquals(new RecordRow(plateRow.id(), NOON.plusSeconds(2), Api.PARTNER, Optional.empty(),
                Optional.of(ELEGOO_USER.value()), Optional.empty(), "", "No supports needed.",
                RecordRow.PLATE_ANALYSIS, RecordRow.INTENT_MODEL, "embedded", 0, 0, 1, 80, Language.EN, false,
                Optional.empty()), plateRow);
        assertEquals(new RecordRow(nativeRow.id(), NOON.plusSeconds(1), Api.NATIVE, Optional.of(KEY.value()),
                Optional.of("maker-1"), nativeRow.sessionId(), "=SUM(A1:A2)", "That is a formula.",
                "general_question", RecordRow.INTENT_MODEL, "embedded", 0, 0, 2, 250, Language.EN, true,
                Optional.of(new RecordFeedback(Optional.of("dislike"), Optional.of("wrong")))), nativeRow);
        assertTrue(nativeRow.sessionId().orElseThrow().startsWith("ses_"), nativeRow::toString);
        assertEquals(new RecordRow(partnerRow.id(), NOON, Api.PARTNER, Optional.empty(),
                Optional.of(ELEGOO_USER.value()), Optional.of(String.valueOf(chat.id().value())), "怎么切片？",
                "正在切片。", "general_question", RecordRow.LLM, "deepseek-chat", 120, 30, 2, 250, Language.ZH_CN,
                false, Optional.of(new RecordFeedback(Optional.of("like"), Optional.of("很好")))), partnerRow);
    }

    @Test
    void givenRecordsAroundThePeriod_page_keepsBothDaysWhole_inUtc() {
        LocalDate first = LocalDate.parse("2026-01-01");
        LocalDate last = LocalDate.parse("2026-01-31");
        List<Instant> inside = List.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-15T08:00:00Z"),
                Instant.parse("2026-01-31T23:59:59.999999Z"));
        List<Instant> outside = List.of(Instant.parse("2025-12-31T23:59:59.999999Z"),
                Instant.parse("2026-02-01T00:00:00Z"));
        inside.forEach(at -> turns.append(partnerTurn(Optional.empty(), "in", "in", at, embedded())));
        outside.forEach(at -> turns.append(partnerTurn(Optional.empty(), "out", "out", at, embedded())));

        RecordPage page = records.page(new RecordFilter(new RecordPeriod(first, last), Optional.empty(),
                Optional.empty()), new PageRequest(1, 10));

        assertEquals(3, page.count());
        assertEquals(3, records.count(new RecordFilter(new RecordPeriod(first, last), Optional.empty(),
                Optional.empty())));
        assertEquals(inside.reversed(), page.results().stream().map(RecordRow::createdAt).toList());
    }

    @Test
    void givenTextFilters_page_matchesSubstringsIgnoringCase_andTakesWildcardsLiterally() {
        turns.append(partnerTurn(Optional.empty(), "Make it STRONGER", "More walls.", NOON, embedded()));
        turns.append(partnerTurn(Optional.empty(), "打印机喷嘴堵了", "清理喷嘴。", NOON.plusSeconds(1),
                embedded()));
        turns.append(partnerTurn(Optional.empty(), "100% infill", "Heavy_part ahead.", NOON.plusSeconds(2),
                embedded()));
        turns.append(partnerTurn(Optional.empty(), "1000 infill", "Heavy part ahead.", NOON.plusSeconds(3),
                embedded()));

        assertEquals(List.of("Make it STRONGER"), userMessages(Optional.of("stronger"), Optional.empty()));
        assertEquals(List.of("打印机喷嘴堵了"), userMessages(Optional.of("喷嘴"), Optional.empty()));
        assertEquals(List.of("100% infill"), userMessages(Optional.of("0% i"), Optional.empty()));
        assertEquals(List.of("100% infill"), userMessages(Optional.empty(), Optional.of("y_P")));
        assertEquals(List.of("打印机喷嘴堵了"), userMessages(Optional.of("打印"), Optional.of("清理")));
        assertEquals(List.of(), userMessages(Optional.of("打印"), Optional.of("walls")));
    }

    @Test
    void givenMoreRecordsThanAPage_page_countsThemAll_andPagesNewestFirst() {
        for (int i = 0; i < 7; i++) {
            turns.append(partnerTurn(Optional.empty(), "q" + i, "a" + i, NOON.plusSeconds(i), embedded()));
        }
        RecordFilter all = new RecordFilter(THAT_DAY, Optional.empty(), Optional.empty());

        assertEquals(new RecordPage(7, List.of()), records.page(all, new PageRequest(4, 3)));
        RecordPage third = records.page(all, new PageRequest(3, 3));
        assertEquals(List.of("q0"), third.results().stream().map(RecordRow::userMessage).toList());
        RecordPage first = records.page(all, new PageRequest(1, 3));
        assertEquals(List.of("q6", "q5", "q4"), first.results().stream().map(RecordRow::userMessage).toList());
    }

    @Test
    void givenRecords_export_handsOnThePagesRows_oldestFirst() {
        turns.append(partnerTurn(Optional.empty(), "q0", "a0", NOON, embedded()));
        plates.append(plate(Api.NATIVE, KEY, Optional.of("maker-2"), "what does it need?", "A brim.", NOON));
        nativeTurn(KEY, Optional.empty(), "q1", "a1", NOON.plusSeconds(1), embedded());
        turns.append(partnerTurn(Optional.empty(), "q2", "a2", NOON.plusSeconds(2), embedded()));
        RecordFilter all = new RecordFilter(THAT_DAY, Optional.empty(), Optional.empty());
        List<RecordRow> exported = new ArrayList<>();

        records.export(all, exported::add);

        assertEquals(records.page(all, new PageRequest(1, 10)).results().reversed(), exported);
        assertEquals(List.of("q0", "what does it need?", "q1", "q2"),
                exported.stream().map(RecordRow::userMessage).toList());
    }

    @Test
    void givenMoreRecordsThanTheStoreReadsAtOnce_export_handsOnEachOnce_byTime_turnsFirst_thenInTheOrderKept() {
        for (int i = 0; i < 1_100; i++) {
            Instant at = NOON.plusSeconds(i / 7);
            if (i % 3 == 0) {
                plates.append(plate(Api.PARTNER, ELEGOO_USER, Optional.empty(), "p" + i, "a", at));
            } else {
                turns.append(partnerTurn(Optional.empty(), "t" + i, "a", at, embedded()));
            }
        }
        List<RecordRow> exported = new ArrayList<>();

        records.export(new RecordFilter(THAT_DAY, Optional.empty(), Optional.empty()), exported::add);

        assertEquals(1_100, exported.size());
        assertEquals(1_100, exported.stream().map(RecordRow::id).distinct().count());
        for (int i = 1; i < exported.size(); i++) {
            RecordRow before = exported.get(i - 1);
            RecordRow row = exported.get(i);
            boolean inOrder = before.createdAt().isBefore(row.createdAt())
                    || before.createdAt().equals(row.createdAt()) && (kind(before) < kind(row)
                    || kind(before) == kind(row) && number(before) < number(row));
            assertTrue(inOrder, before + " before " + row);
        }
    }

    private static int kind(RecordRow row) {
        return row.id().startsWith("plate_") ? 1 : 0;
    }

    private static long number(RecordRow row) {
        return Long.parseLong(row.id().substring(row.id().indexOf('_') + 1));
    }

    @Test
    void givenRecordsOfKeysUsersModelsAndDays_usage_sumsEachGroupAsTheRecordsDo() {
        turns.append(partnerTurn(Optional.empty(), "q", "a", NOON, new Provenance("deepseek", "deepseek-chat", 100,
                20, Duration.ofMillis(800), true)));
        turns.append(partnerTurn(Optional.empty(), "q", "a", NOON.plusSeconds(1), embedded()));
        nativeTurn(KEY, Optional.of("maker-1"), "q", "a", NOON.plusSeconds(2), Provenance.embedded(Duration.ZERO,
                true));
        nativeTurn(OTHER_KEY, Optional.empty(), "q", "a", Instant.parse("2026-12-08T00:00:00Z"),
                new Provenance("openai", "gpt-4o-mini", 50, 5, Duration.ofMillis(300), false));
        plates.append(plate(Api.NATIVE, KEY, Optional.of("maker-1"), "q", "a", NOON.plusSeconds(3)));
        RecordPeriod twoDays = new RecordPeriod(DAY, DAY.plusDays(1));

        assertEquals(List.of(new Usage(Optional.of("2026-12-07"), 4, 100, 20, 7, 1, 2),
                new Usage(Optional.of("2026-12-08"), 1, 50, 5, 2, 0, 0)), records.usage(twoDays, UsageGroup.DAY));
        assertEquals(List.of(new Usage(Optional.of(KEY.value()), 2, 0, 0, 3, 1, 1),
                new Usage(Optional.of(OTHER_KEY.value()), 1, 50, 5, 2, 0, 0),
                new Usage(Optional.empty(), 2, 100, 20, 4, 0, 1)), records.usage(twoDays, UsageGroup.KEY));
        assertEquals(List.of(new Usage(Optional.of(ELEGOO_USER.value()), 2, 100, 20, 4, 0, 1),
                new Usage(Optional.of("maker-1"), 2, 0, 0, 3, 1, 1),
                new Usage(Optional.empty(), 1, 50, 5, 2, 0, 0)), records.usage(twoDays, UsageGroup.USER));
        assertEquals(List.of(new Usage(Optional.of("deepseek-chat"), 1, 100, 20, 2, 0, 1),
                new Usage(Optional.of("embedded"), 3, 0, 0, 5, 1, 1),
                new Usage(Optional.of("gpt-4o-mini"), 1, 50, 5, 2, 0, 0)), records.usage(twoDays, UsageGroup.MODEL));
        assertEquals(List.of(new Usage(Optional.of("2026-12-08"), 1, 50, 5, 2, 0, 0)),
                records.usage(new RecordPeriod(DAY.plusDays(1), DAY.plusDays(1)), UsageGroup.DAY));
    }

    @Test
    void givenRecords_usage_addsUpToTheExportedRecords() {
        for (int i = 0; i < 12; i++) {
            Provenance provenance = i % 3 == 0 ? new Provenance("p", "m" + i % 2, i, 2L * i, Duration.ZERO, i % 2 == 0)
                    : Provenance.embedded(Duration.ZERO, i % 4 == 1);
            turns.append(partnerTurn(Optional.empty(), "q", "a", NOON.plusSeconds(i), provenance));
        }
        List<RecordRow> exported = new ArrayList<>();
        records.export(new RecordFilter(THAT_DAY, Optional.empty(), Optional.empty()), exported::add);

        for (UsageGroup group : UsageGroup.values()) {
            List<Usage> sums = records.usage(THAT_DAY, group);
            Function<Function<Usage, Long>, Long> total = field -> sums.stream().map(field).mapToLong(Long::longValue)
                    .sum();
            assertEquals((long) exported.size(), total.apply(Usage::messages), group::toString);
            assertEquals(exported.stream().mapToLong(RecordRow::tokensUsed).sum(), total.apply(Usage::totalTokens));
            assertEquals(exported.stream().mapToLong(RecordRow::credits).sum(), total.apply(Usage::credits));
            assertEquals(exported.stream().filter(RecordRow::fallbackEmbedded).count(), total.apply(Usage::fallbacks));
            assertEquals(exported.stream().filter(RecordRow::fellBack).count(), total.apply(Usage::errors));
        }
        assertEquals(exported.stream().collect(Collectors.groupingBy(RecordRow::modelUsed, Collectors.counting())),
                records.usage(THAT_DAY, UsageGroup.MODEL).stream().collect(Collectors.toMap(
                        usage -> usage.group().orElseThrow(), Usage::messages)));
    }

    private List<String> userMessages(Optional<String> userMessage, Optional<String> botMessage) {
        return records.page(new RecordFilter(THAT_DAY, userMessage, botMessage), new PageRequest(1, 10)).results()
                .stream().map(RecordRow::userMessage).toList();
    }

    private static Provenance embedded() {
        return Provenance.embedded(Duration.ofMillis(3), false);
    }

    private TurnRecord partnerTurn(Optional<ChatId> chat, String question, String answer, Instant at,
                                   Provenance provenance) {
        return new TurnRecord("request-" + ++requests, ELEGOO_USER, chat, Workflow.QUERY_INTENT,
                Intent.GENERAL_QUESTION, List.of(ActionName.SLICE_MODEL), new Credits(2), Duration.ofMillis(250),
                question.chars().anyMatch(c -> c > 0x2E80) ? Language.ZH_CN : Language.EN, at, provenance,
                Exchange.partner(question, answer));
    }

    /** A native turn kept in a new session of the key, and its record; the id of the kept answer. */
    private MessageId nativeTurn(UserId key, Optional<String> endUser, String question, String answer, Instant at,
                                 Provenance provenance) {
        SessionId sessionId = new SessionId(SessionId.PREFIX + String.format("%032x", ++messages));
        Session session = new Session(sessionId, key, "Title", Optional.empty(), at, at);
        MessageId asked = new MessageId(MessageId.PREFIX + String.format("%032x", ++messages));
        MessageId answered = new MessageId(MessageId.PREFIX + String.format("%032x", ++messages));
        assertTrue(sessions.save(new SessionTurn(session, true,
                new SessionMessage(asked, sessionId, Role.USER, question, List.of(), Optional.empty(), at),
                new SessionMessage(answered, sessionId, Role.ASSISTANT, answer, List.of(), Optional.empty(), at))));
        turns.append(new TurnRecord("request-" + ++requests, key, Optional.empty(), Workflow.QUERY_INTENT,
                Intent.GENERAL_QUESTION, List.of(), new Credits(2), Duration.ofMillis(250), Language.EN, at,
                provenance, new Exchange(Api.NATIVE, endUser, Optional.of(sessionId), Optional.of(answered), question,
                        answer)));
        return answered;
    }

    private PlateAnalysisRecord plate(Api api, UserId user, Optional<String> endUser, String question,
                                      String answer, Instant at) {
        return new PlateAnalysisRecord("request-" + ++requests, user, Optional.empty(), FINDINGS, 2, 1,
                new Credits(1), Duration.ofMillis(80), Language.EN, at,
                Provenance.embedded(Duration.ofMillis(75), false),
                new Exchange(api, endUser, Optional.empty(), Optional.empty(), question, answer));
    }
}
