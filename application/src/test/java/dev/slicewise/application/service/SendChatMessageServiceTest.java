package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryChatRepository;
import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.inmemory.InMemoryTurnRecordRepository;
import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.in.SendChatMessageCommand;
import dev.slicewise.application.port.in.TurnOutcome;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.cad.SlicerChatDesign;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.slicing.PrerequisiteFailure;
import dev.slicewise.domain.turn.Api;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendChatMessageServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final UserId ALICE = new UserId("alice");
    private static final AssistantReply SLICING = AssistantReply.text("Slicing now.",
            List.of(AgentAction.of(ActionName.SLICE_MODEL)));
    private static final Provenance BY_MODEL = new Provenance("primary", "gpt-test", 900, 40, Duration.ofMillis(700),
            true);
    private static final CreditsReceipt OK = new CreditsReceipt(0, "", "trace", Optional.empty());

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryChatRepository chats = new InMemoryChatRepository();
    private final InMemoryTurnRecordRepository turns = new InMemoryTurnRecordRepository();
    private final List<ChargeRequest> charges = new ArrayList<>();
    private final AtomicInteger repliesWritten = new AtomicInteger();
    private Intent intent = Intent.SLICE_MODEL;
    private ChargeOutcome chargeOutcome = new ChargeOutcome.Charged(Optional.of(OK));
    private final InMemoryMetrics metrics = new InMemoryMetrics();

    private final CreditLedger ledger = request -> {
        charges.add(request);
        return chargeOutcome;
    };

    private final SendChatMessageService service = new SendChatMessageService(
            chats, (conversation, workflow) -> new Classification(intent, 0.9),
            new AssistantRouting(request -> {
                repliesWritten.incrementAndGet();
                return ReplyStream.of(new AssistantAnswer(SLICING, BY_MODEL));
            }, (written, request) -> written, Optional.empty(), 0.75, metrics),
            new PaidAnswers(ledger, metrics), turns, clock, new Pricing(new Credits(2), Set.of(Intent.GREETING)),
            metrics);

    private static SendChatMessageCommand command(Optional<ChatId> chatId) {
        return new SendChatMessageCommand(chatId, Conversation.of(ChatMessage.user("slice it")),
                Workflow.QUERY_INTENT, Optional.empty(), List.of(), Language.EN, Api.PARTNER);
    }

    @Test
    void freeIntent_isAnsweredWithoutACharge_andRecordedAsFree() {
        intent = Intent.GREETING;

        TurnOutcome outcome = service.send(ALICE, command(Optional.empty()), "request-1");

        assertEquals(new TurnOutcome.Answered(new Paid.Delivered<>(SLICING, Optional.empty()), BY_MODEL), outcome);
        assertTrue(charges.isEmpty());
        assertEquals(Credits.NONE, turns.findByUser(ALICE).getFirst().charged());
    }

    @Test
    void answeredTurn_isChargedOnceAfterTheReply_andRecorded() {
        TurnOutcome outcome = service.send(ALICE, command(Optional.empty()), "request-1");

        assertEquals(new TurnOutcome.Answered(new Paid.Delivered<>(SLICING, Optional.of(OK)), BY_MODEL), outcome);
        assertEquals(List.of(new ChargeRequest(ALICE, new Credits(2), "request-1")), charges);
        TurnRecord record = turns.findByUser(ALICE).getFirst();
        assertEquals(Intent.SLICE_MODEL, record.intent());
        assertEquals(List.of(ActionName.SLICE_MODEL), record.actions());
        assertEquals(new Credits(2), record.charged());
        assertEquals(BY_MODEL, record.provenance());
        assertEquals(List.of("charged 2", "turn partner slice_model llm answered"), metrics.events());
    }

    @Test
    void designRequest_isAnsweredInWords_withoutTheAssistant_noActionNoCode_andRecordedAsSuch() {
        intent = Intent.GENERATE_MODEL;
        SendChatMessageCommand german = new SendChatMessageCommand(Optional.empty(),
                Conversation.of(ChatMessage.user("Entwirf mir bitte ein Zahnrad mit 20 Zähnen")), Workflow.QUERY_INTENT,
                Optional.empty(), List.of(), Language.EN, Api.PARTNER);

        TurnOutcome outcome = service.send(ALICE, german, "request-1");

        AssistantReply declined = SlicerChatDesign.declined(Language.DE);
        assertEquals(new Paid.Delivered<>(declined, Optional.of(OK)), ((TurnOutcome.Answered) outcome).reply());
        assertTrue(declined.content().contains("Slicer"), declined.content());
        assertTrue(declined.actions().isEmpty() && declined.code().isEmpty());
        assertEquals(0, repliesWritten.get());
        assertEquals(Intent.GENERATE_MODEL, turns.findByUser(ALICE).getFirst().intent());
    }

    @Test
    void someoneElsesChat_isUnknown_andNothingIsCharged() {
        ChatId bobsChat = chats.create(new UserId("bob"), ChatDetails.ofMessages("[]"), NOW, 1).orElseThrow().id();

        TurnOutcome outcome = service.send(ALICE, command(Optional.of(bobsChat)), "request-1");

        assertEquals(new TurnOutcome.UnknownChat(), outcome);
        assertEquals(0, repliesWritten.get());
        assertTrue(charges.isEmpty());
    }

    @Test
    void refusedCharge_withholdsTheReply_andRecordsNoTurn() {
        CreditsReceipt insufficient = new CreditsReceipt(402, "insufficient credits", "t", Optional.empty());
        chargeOutcome = new ChargeOutcome.Refused(insufficient);

        TurnOutcome outcome = service.send(ALICE, command(Optional.empty()), "request-1");

        assertEquals(new TurnOutcome.Answered(new Paid.Refused<>(insufficient), BY_MODEL), outcome);
        assertTrue(turns.findByUser(ALICE).isEmpty());
        assertEquals(List.of("charge_refused insufficient", "turn partner slice_model llm refused"), metrics.events());
    }

    @Test
    void slicingIntentWithoutProfiles_needsTheSlicingSetup_withoutAskingTheAssistantOrCharging() {
        intent = Intent.DETERMINE_SLICING_SETTINGS;

        TurnOutcome outcome = service.send(ALICE, command(Optional.empty()), "request-1");

        assertEquals(new TurnOutcome.NeedsSlicingSetup(PrerequisiteFailure.NO_SLICING_PROFILES), outcome);
        assertEquals(0, repliesWritten.get());
        assertTrue(charges.isEmpty());
        assertTrue(turns.findByUser(ALICE).isEmpty());
        assertEquals(List.of("turn partner determine_slicing_settings none setup_needed"), metrics.events());
    }
}
