package dev.slicewise.adapter.llm.openai;

import dev.slicewise.adapter.llm.embedded.EmbeddedAssistantModel;
import dev.slicewise.application.inmemory.InMemoryChatRepository;
import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.inmemory.InMemoryTurnRecordRepository;
import dev.slicewise.application.port.in.SendChatMessageCommand;
import dev.slicewise.application.port.in.TurnOutcome;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.application.service.AssistantRouting;
import dev.slicewise.application.service.PaidAnswers;
import dev.slicewise.application.service.SendChatMessageService;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.turn.Api;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A turn driven through the streaming port, with the real provider adapter against a provider that writes slowly:
 * the text reaches the caller piece by piece as the provider writes it, and a turn cancelled half-way (its thread
 * interrupted, as a door does when its client goes) stops the provider call and is neither charged nor recorded.
 */
class ReplyStreamCancellationTest {

    private static final UserId ALICE = new UserId("alice");
    private static final List<String> PIECES = IntStream.range(0, 20).mapToObj(i -> "word" + i + " ").toList();
    private static final Duration PACE = Duration.ofMillis(150);

    private final FakeOpenAi provider = FakeOpenAi.start();
    private final InMemoryTurnRecordRepository turns = new InMemoryTurnRecordRepository();
    private final List<ChargeRequest> charges = new CopyOnWriteArrayList<>();
    private final CreditLedger ledger = request -> {
        charges.add(request);
        return new ChargeOutcome.Charged(Optional.empty());
    };

    @AfterEach
    void stop() {
        provider.close();
    }

    private SendChatMessageService service() {
        ProviderSettings settings = new ProviderSettings("slow", URI.create(provider.baseUrl()), "", "slow-model",
                Duration.ofSeconds(30), 0.2, 512, 0, true);
        EmbeddedAssistantModel embedded = new EmbeddedAssistantModel();
        AssistantRouting routing = new AssistantRouting(embedded, embedded,
                Optional.of(SpringAiAssistantModel.of(List.of(settings), List.of(), new InMemoryMetrics())), 1.0,
                new InMemoryMetrics());
        return new SendChatMessageService(new InMemoryChatRepository(),
                (conversation, workflow) -> new Classification(Intent.GENERAL_QUESTION, 0.9), routing,
                new PaidAnswers(ledger, new InMemoryMetrics()), turns, Clock.systemUTC(),
                new Pricing(new Credits(1), Set.of()), new InMemoryMetrics());
    }

    private static SendChatMessageCommand question() {
        return new SendChatMessageCommand(Optional.empty(),
                Conversation.of(ChatMessage.user("why do tall prints wobble at the top?")), Workflow.QUERY_INTENT,
                Optional.empty(), List.of(), Language.EN, Api.PARTNER);
    }

    @Test
    void aStreamedTurn_handsOnTheTextAsItIsWritten_andIsChargedOnceWhenComplete() {
        provider.then(FakeOpenAi.Answer.events(FakeOpenAi.streamedText(PIECES.subList(0, 4), 40, 4)).paced(PACE));
        List<String> received = new CopyOnWriteArrayList<>();

        TurnOutcome outcome = service().stream(ALICE, question(), "request-1", received::add);

        assertEquals(PIECES.subList(0, 4), received);
        TurnOutcome.Answered answered = assertInstanceOf(TurnOutcome.Answered.class, outcome);
        assertNotNull(answered);
        assertEquals(List.of(new ChargeRequest(ALICE, new Credits(1), "request-1")), charges);
        assertEquals(1, turns.findByUser(ALICE).size());
    }

    @Test
    void aTurnCancelledHalfWay_stopsTheProviderCall_andIsNeitherChargedNorRecorded() throws Exception {
        provider.then(FakeOpenAi.Answer.events(FakeOpenAi.streamedText(PIECES, 40, 20)).paced(PACE));
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        SendChatMessageService service = service();

        Thread turn = Thread.ofVirtual().start(() -> {
            try {
                service.stream(ALICE, question(), "request-1", received::add);
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        assertEquals(PIECES.get(0), received.poll(10, TimeUnit.SECONDS));
        assertEquals(PIECES.get(1), received.poll(10, TimeUnit.SECONDS));
        turn.interrupt();
        assertTrue(turn.join(Duration.ofSeconds(5)), "the cancelled turn ends at once");

        assertInstanceOf(CancellationException.class, ended.get());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (provider.hangUps().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, provider.hangUps().size(), "the provider saw its client hang up");
        assertTrue(provider.hangUps().getFirst() < PIECES.size(), "the provider stopped half-way");
        assertTrue(charges.isEmpty(), "nothing is charged");
        assertTrue(turns.findByUser(ALICE).isEmpty(), "nothing is recorded");
    }
}
