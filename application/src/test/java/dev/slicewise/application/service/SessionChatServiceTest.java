package dev.slicewise.application.service;
import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.inmemory.InMemoryPlateAnalysisRecords;
import dev.slicewise.application.inmemory.InMemoryRunningReplies;
import dev.slicewise.application.inmemory.InMemorySessionRepository;
import dev.slicewise.application.inmemory.InMemoryTurnRecordRepository;
import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.in.SessionAnswer;
import dev.slicewise.application.port.in.SessionChatCommand;
import dev.slicewise.application.port.in.SessionChatUseCase.SessionChatOutcome;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.StoreUnavailable;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.CreditFailure;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The money rules of a kept conversation: kept before it is charged, taken back when the charge does not happen. */
class SessionChatServiceTest {

    private static final UserId KEY = new UserId("key_" + "1".repeat(32));
    private static final CreditsReceipt OK = new CreditsReceipt(0, "", "trace", Optional.empty());
    private static final SessionQuery ALL = new SessionQuery(100, Optional.empty(), Optional.empty());

    private final List<ChargeRequest> charges = new ArrayList<>();
    private ChargeOutcome chargeOutcome = new ChargeOutcome.Charged(Optional.of(OK));
    private final CreditLedger ledger = request -> {
        charges.add(request);
        return chargeOutcome;
    };
    private final InMemoryTurnRecordRepository turns = new InMemoryTurnRecordRepository();
    private final InMemorySessionRepository store = new InMemorySessionRepository();
    private boolean storeDown;
    /** The store, whose saves fail while {@code storeDown}. */
    private final SessionRepository sessions = (SessionRepository) Proxy.newProxyInstance(
            SessionRepository.class.getClassLoader(), new Class<?>[] {SessionRepository.class},
            (proxy, method, arguments) -> {
                if (storeDown && method.getName().equals("save")) {
                    throw new StoreUnavailable("the database is down", new IllegalStateException());
                }
                try {
                    return method.invoke(store, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    private final SessionChatService service = new SessionChatService(sessions,
            (conversation, workflow) -> new Classification(Intent.GREETING, 0.9),
            new AssistantRouting(request -> ReplyStream.of(new AssistantAnswer(AssistantReply.text(
                    "Hello! " + request.conversation().messages().size() + " messages read.", List.of()),
                    Provenance.embedded(Duration.ZERO, false))), (written, request) -> written, Optional.empty(),
                    0.75, new InMemoryMetrics()),
            new PaidAnswers(ledger, new InMemoryMetrics()), turns, new PlateAnalysisRouting(request -> {
                throw new AssertionError("no photo was attached");
            }, Optional.empty(), new InMemoryMetrics()), new InMemoryPlateAnalysisRecords(), new SessionIds(),
            new ReplyStops(new InMemoryRunningReplies(), store, Clock.systemUTC()),
            Clock.fixed(Instant.parse("2026-12-07T10:30:00Z"), ZoneOffset.UTC), Pricing.flat(new Credits(1)),
            new InMemoryMetrics());

    private static SessionChatCommand message(String text, Optional<SessionId> session) {
        return new SessionChatCommand(text, session, Optional.empty(), ModelChoice.ROUTED, Optional.of(Language.EN),
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    private Paid<?> paid(SessionChatOutcome outcome) {
        return assertInstanceOf(SessionChatOutcome.Answered.class, outcome).answer();
    }

    @Test
    void anAnswer_isKept_chargedOnceUnderTheRequestsId_andRecorded() {
        Paid<?> paid = paid(service.chat(KEY, message("hello", Optional.empty()), "request-1"));

        assertInstanceOf(Paid.Delivered.class, paid);
        assertEquals(1, charges.size());
        assertEquals("request-1", charges.getFirst().requestId());
        assertEquals(2, sessions.list(KEY, ALL).sessions().getFirst().messageCount());
        assertEquals(1, turns.findByUser(KEY).size());
    }

    @Test
    void theNextMessage_readsTheKeptConversation() {
        Paid.Delivered<?> first = (Paid.Delivered<?>) paid(service.chat(KEY, message("hello", Optional.empty()),
                "request-1"));
        SessionId session = ((SessionAnswer) first.answer()).session().id();

        Paid.Delivered<?> second = (Paid.Delivered<?>) paid(service.chat(KEY, message("again", Optional.of(session)),
                "request-2"));

        assertEquals("Hello! 3 messages read.",
                ((SessionAnswer) second.answer()).reply().content());
    }

    @Test
    void aRefusedCharge_takesTheKeptTurnBack_andRecordsNothing() {
        chargeOutcome = new ChargeOutcome.Refused(new CreditsReceipt(1, "no credits", "trace", Optional.empty()));

        assertInstanceOf(Paid.Refused.class, paid(service.chat(KEY, message("hello", Optional.empty()), "r")));

        assertTrue(sessions.list(KEY, ALL).sessions().isEmpty());
        assertTrue(turns.findByUser(KEY).isEmpty());
    }

    @Test
    void aCreditsSystemThatFails_takesTheTurnOfAnExistingSessionBack() {
        Paid.Delivered<?> first = (Paid.Delivered<?>) paid(service.chat(KEY, message("hello", Optional.empty()),
                "request-1"));
        SessionId session = ((SessionAnswer) first.answer()).session().id();
        chargeOutcome = new ChargeOutcome.Unavailable(CreditFailure.SERVER_ERROR);

        assertInstanceOf(Paid.Unavailable.class, paid(service.chat(KEY, message("again", Optional.of(session)),
                "request-2")));

        assertEquals(2, sessions.history(KEY, session, 0, 100).orElseThrow().total(), "the first turn stays");
        assertEquals(1, turns.findByUser(KEY).size());
    }

    @Test
    void aStoreThatFails_failsTheTurnBeforeAnythingIsCharged() {
        storeDown = true;

        assertThrows(StoreUnavailable.class, () -> service.chat(KEY, message("hello", Optional.empty()), "r"));

        assertTrue(charges.isEmpty());
        assertTrue(turns.findByUser(KEY).isEmpty());
    }

    @Test
    void anotherKeysSession_isUnknown_andNothingIsKeptOrCharged() {
        Paid.Delivered<?> first = (Paid.Delivered<?>) paid(service.chat(KEY, message("hello", Optional.empty()),
                "request-1"));
        SessionId session = ((SessionAnswer) first.answer()).session().id();
        UserId other = new UserId("key_" + "2".repeat(32));

        assertInstanceOf(SessionChatOutcome.UnknownSession.class, service.chat(other, message("hi",
                Optional.of(session)), "request-2"));

        assertEquals(1, charges.size());
        assertEquals(2, sessions.history(KEY, session, 0, 100).orElseThrow().total());
    }
}
