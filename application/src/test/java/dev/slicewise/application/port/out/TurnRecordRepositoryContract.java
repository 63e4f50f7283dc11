package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.turn.Api;
import dev.slicewise.domain.turn.Exchange;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link TurnRecordRepository} must do; each implementation's test extends this class. */
public abstract class TurnRecordRepositoryContract {

    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456Z");

    private TurnRecordRepository turns;

    /** A repository holding no records. */
    protected abstract TurnRecordRepository newRepository();

    @BeforeEach
    void createRepository() {
        turns = newRepository();
    }

    @Test
    void givenUserWithoutTurns_findByUser_returnsEmptyList() {
        turns.append(turn(BOB, NOW));

        assertEquals(List.of(), turns.findByUser(ALICE));
    }

    @Test
    void givenTurnInAChatWithSeveralActions_appendThenFind_roundTripsEveryField() {
        TurnRecord record = new TurnRecord("request-1", ALICE, Optional.of(new ChatId(42)), Workflow.PRINT_TROUBLESHOOTING,
                Intent.PRINT_ISSUE,
                List.of(ActionName.GUIDE_PRINT_ISSUE_TROUBLESHOOTING, ActionName.SET_PRINT_TROUBLESHOOTING_FLOW,
                        ActionName.CONTACT_SUPPORT),
                new Credits(2), Duration.ofMillis(1_234), Language.ZH_CN, NOW,
                new Provenance("deepseek", "deepseek-chat", 1_873, 212, Duration.ofMillis(1_180), true),
                Exchange.partner("打印时拉丝怎么办？", "先降低喷嘴温度。"));

        turns.append(record);

        assertEquals(List.of(record), turns.findByUser(ALICE));
    }

    @Test
    void givenTurnOutsideAChatWithoutActions_appendThenFind_roundTripsEveryField() {
        TurnRecord record = new TurnRecord("request-2", ALICE, Optional.empty(), Workflow.QUERY_INTENT,
                Intent.GREETING, List.of(), Credits.NONE, Duration.ZERO, Language.EN, NOW,
                Provenance.embedded(Duration.ZERO, false), new Exchange(Api.NATIVE, Optional.of("maker-7"),
                        Optional.of(new SessionId("ses_" + "a".repeat(32))),
                        Optional.of(new MessageId("msg_" + "b".repeat(32))), "hello", "Hi! I'm your assistant."));

        turns.append(record);

        assertEquals(List.of(record), turns.findByUser(ALICE));
    }

    @Test
    void givenEveryIntentActionWorkflowAndLanguage_appendThenFind_roundTripsThem() {
        Intent[] intents = Intent.values();
        Workflow[] workflows = Workflow.values();
        Language[] languages = Language.values();
        List<TurnRecord> records = IntStream.range(0, intents.length)
                .mapToObj(i -> new TurnRecord("request-" + i, ALICE, Optional.of(new ChatId(i + 1)), workflows[i % workflows.length],
                        intents[i], List.of(ActionName.values()), new Credits(i), Duration.ofMillis(i * 1_000L + 7),
                        languages[i % languages.length], NOW.plusSeconds(i),
                        new Provenance("provider-" + i, "model-" + i, i * 100L, i * 10L, Duration.ofMillis(i), i % 2 == 0),
                        Exchange.partner("question " + i, "answer " + i)))
                .toList();

        records.forEach(turns::append);

        assertEquals(records, turns.findByUser(ALICE));
    }

    @Test
    void givenTurnsAppendedOutOfOrder_findByUser_returnsOldestFirst() {
        TurnRecord later = turn(ALICE, NOW.plusSeconds(5));
        TurnRecord earlier = turn(ALICE, NOW);
        TurnRecord latest = turn(ALICE, NOW.plusSeconds(10));

        turns.append(later);
        turns.append(earlier);
        turns.append(latest);

        assertEquals(List.of(earlier, later, latest), turns.findByUser(ALICE));
    }

    @Test
    void givenTurnsOfTwoUsers_findByUser_returnsOnlyThatUsersTurns() {
        TurnRecord alices = turn(ALICE, NOW);
        TurnRecord bobs = turn(BOB, NOW.plusSeconds(1));

        turns.append(alices);
        turns.append(bobs);

        assertEquals(List.of(alices), turns.findByUser(ALICE));
        assertEquals(List.of(bobs), turns.findByUser(BOB));
    }

    @Test
    void givenTurnOfARequestKeptAlready_append_keepsTheFirst() {
        TurnRecord first = turn(ALICE, NOW);
        TurnRecord again = new TurnRecord(first.requestId(), ALICE, Optional.empty(), Workflow.QUERY_INTENT,
                Intent.SLICE_MODEL, List.of(), new Credits(1), Duration.ofMillis(400), Language.DE,
                NOW.plusSeconds(70), Provenance.embedded(Duration.ofMillis(5), false),
                Exchange.partner("again", "again"));

        turns.append(first);
        turns.append(again);

        assertEquals(List.of(first), turns.findByUser(ALICE));
    }

    private static TurnRecord turn(UserId user, Instant answeredAt) {
        return new TurnRecord(user.value() + "-" + answeredAt, user, Optional.empty(), Workflow.QUERY_INTENT, Intent.GENERAL_QUESTION,
                List.of(ActionName.SLICE_MODEL), new Credits(1), Duration.ofMillis(250), Language.EN, answeredAt,
                Provenance.embedded(Duration.ofMillis(3), false), Exchange.partner("slice it", "Slicing."));
    }
}
