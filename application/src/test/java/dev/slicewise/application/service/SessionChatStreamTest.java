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
import dev.slicewise.application.port.in.SessionChatUseCase.StreamedText;
import dev.slicewise.application.port.in.StopReplyUseCase.StopOutcome;
import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.application.port.out.RunningReplies;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.assistant.ReplyEvent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionQuery;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A streamed turn of a kept conversation: its text handed on under the ids it is kept under, and its stop, from this
 * node or another, before or after its first text, against the client that goes away and the reply that finished.
 */
class SessionChatStreamTest {

    private static final UserId KEY = new UserId("key_" + "1".repeat(32));
    private static final UserId OTHER = new UserId("key_" + "2".repeat(32));
    private static final Instant NOW = Instant.parse("2026-12-07T10:30:00Z");
    private static final SessionQuery ALL = new SessionQuery(100, Optional.empty(), Optional.empty());

    private final List<ChargeRequest> charges = new CopyOnWriteArrayList<>();
    private final CreditLedger ledger = request -> {
        charges.add(request);
        return new ChargeOutcome.Charged(Optional.of(new CreditsReceipt(0, "", "trace", Optional.empty())));
    };
    private final InMemoryTurnRecordRepository turns = new InMemoryTurnRecordRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final BlockingQueue<ReplyEvent> events = new LinkedBlockingQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final BlockingQueue<MessageId> started = new LinkedBlockingQueue<>();
    private final InMemoryRunningReplies running = new InMemoryRunningReplies();
    /** The store of running replies, which tells the test the id of each reply that begins. */
    private final RunningReplies replies = new RunningReplies() {
        @Override
        public void add(RunningReply reply) {
            running.add(reply);
            started.add(reply.id());
        }

        @Override
        public boolean requestStop(UserId owner, MessageId id, Instant now) {
            return running.requestStop(owner, id, now);
        }

        @Override
        public Set<MessageId> stopsRequested(String node) {
            return running.stopsRequested(node);
        }

        @Override
        public void renew(String node, Instant leaseUntil) {
            running.renew(node, leaseUntil);
        }

        @Override
        public void remove(MessageId id) {
            running.remove(id);
        }

        @Override
        public int forgetExpired(Instant now) {
            return running.forgetExpired(now);
        }
    };
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ReplyStops stops = new ReplyStops(replies, sessions, clock);
    /** The same store seen from another node. */
    private final ReplyStops otherNode = new ReplyStops(replies, sessions, clock);
    /** A provider whose events the test writes; its stream waits for them, as a provider's does. */
    private final AssistantModel provider = request -> new ReplyStream() {
        @Override
        public ReplyEvent next() {
            try {
                return events.take();
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                throw new CancellationException("the model call was cancelled");
            }
        }

        @Override
        public void close() {
            closed.set(true);
        }
    };
    private final SessionChatService service = new SessionChatService(sessions,
            (conversation, workflow) -> new Classification(Intent.GENERAL_QUESTION, 0.5),
            new AssistantRouting(request -> {
                throw new AssertionError("the provider answers");
            }, (written, request) -> written, Optional.of(provider), 0.75, new InMemoryMetrics()),
            new PaidAnswers(ledger, new InMemoryMetrics()), turns, new PlateAnalysisRouting(request -> {
                throw new AssertionError("no photo was attached");
            }, Optional.empty(), new InMemoryMetrics()), new InMemoryPlateAnalysisRecords(), new SessionIds(), stops,
            clock, Pricing.flat(new Credits(1)), new InMemoryMetrics());
    private final BlockingQueue<StreamedText> streamed = new LinkedBlockingQueue<>();
    /** The thread of the turn streaming, as the door's. */
    private Thread streamer;

    private CompletableFuture<SessionChatOutcome> streaming() {
        CompletableFuture<SessionChatOutcome> outcome = new CompletableFuture<>();
        streamer = Thread.ofVirtual().start(() -> {
            try {
                outcome.complete(service.stream(KEY, new SessionChatCommand("PLA or PETG?", Optional.empty(),
                        Optional.empty(), ModelChoice.ROUTED, Optional.of(Language.EN), Optional.empty(),
                        Optional.empty(), List.of(), List.of()), "request-1", streamed::add));
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        });
        return outcome;
    }

    private static AssistantAnswer answer(String text) {
        return new AssistantAnswer(AssistantReply.text(text, List.of()),
                new Provenance("fake", "gpt-fake", 10, 4, Duration.ofMillis(5), false));
    }

    private static SessionAnswer delivered(SessionChatOutcome outcome) {
        Paid<SessionAnswer> paid = assertInstanceOf(SessionChatOutcome.Answered.class, outcome).answer();
        if (paid instanceof Paid.Delivered<SessionAnswer> delivered) {
            return delivered.answer();
        }
        return fail("the answer was not delivered: " + paid);
    }

    private static <T> T within(CompletableFuture<T> future) throws InterruptedException, ExecutionException,
            TimeoutException {
        return future.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theText_isHandedOnUnderTheIdsTheAnswerIsKeptUnder_thenKeptAndChargedOnce() throws Exception {
        events.addAll(List.of(new ReplyEvent.TextDelta("PLA is easy. "), new ReplyEvent.TextDelta("PETG is tough."),
                new ReplyEvent.Completed(answer("PLA is easy. PETG is tough."))));

        SessionAnswer answer = delivered(within(streaming()));

        List<StreamedText> pieces = List.copyOf(streamed);
        assertEquals(List.of("PLA is easy. ", "PETG is tough."), pieces.stream().map(StreamedText::delta).toList());
        pieces.forEach(piece -> {
            assertEquals(answer.message().id(), piece.messageId());
            assertEquals(answer.session().id(), piece.sessionId());
        });
        assertEquals("PLA is easy. PETG is tough.", sessions.message(KEY, answer.message().id()).orElseThrow()
                .content());
        assertEquals(1, charges.size());
        assertEquals(false, answer.stopped());
        assertEquals(StopOutcome.ALREADY_FINISHED, stops.stop(KEY, answer.message().id()));
        assertEquals(StopOutcome.UNKNOWN, stops.stop(OTHER, answer.message().id()));
    }

    @Test
    void aStopOnAnotherNode_takesEffectAtThisNodesPoll_theTextSoFarIsKeptAndChargedOnce() throws Exception {
        CompletableFuture<SessionChatOutcome> outcome = streaming();
        MessageId id = started.poll(5, TimeUnit.SECONDS);
        events.add(new ReplyEvent.TextDelta("PLA is easy. "));
        assertEquals("PLA is easy. ", streamed.poll(5, TimeUnit.SECONDS).delta());

        assertEquals(StopOutcome.STOPPED, otherNode.stop(KEY, id));
        otherNode.poll();
        assertTrue(!outcome.isDone() && !closed.get(), "the other node does not stop this node's reply");
        stops.poll();

        SessionAnswer answer = delivered(within(outcome));
        assertTrue(answer.stopped());
        assertTrue(closed.get(), "the model call was cancelled");
        assertEquals(id, answer.message().id());
        assertEquals("PLA is easy. ", sessions.message(KEY, id).orElseThrow().content());
        assertEquals(1, charges.size());
        assertEquals(StopOutcome.ALREADY_FINISHED, stops.stop(KEY, id));
    }

    @Test
    void aStopBeforeTheFirstText_keepsNothing_andChargesNothing() throws Exception {
        CompletableFuture<SessionChatOutcome> outcome = streaming();
        MessageId id = started.poll(5, TimeUnit.SECONDS);

        assertEquals(StopOutcome.STOPPED, stops.stop(KEY, id));

        SessionAnswer answer = delivered(within(outcome));
        assertTrue(answer.stopped());
        assertEquals("", answer.reply().content());
        assertTrue(sessions.list(KEY, ALL).sessions().isEmpty());
        assertTrue(charges.isEmpty());
        assertTrue(turns.findByUser(KEY).isEmpty());
    }

    @Test
    void anotherOwnersStop_findsNothing_andTheReplyGoesOn() throws Exception {
        CompletableFuture<SessionChatOutcome> outcome = streaming();
        MessageId id = started.poll(5, TimeUnit.SECONDS);

        assertEquals(StopOutcome.UNKNOWN, stops.stop(OTHER, id));
        stops.poll();
        events.addAll(List.of(new ReplyEvent.TextDelta("Whole."), new ReplyEvent.Completed(answer("Whole."))));

        assertEquals(false, delivered(within(outcome)).stopped());
        assertEquals(1, charges.size());
    }

    @Test
    void theClientGoingAway_cancelsTheModelCall_keepsNothing_andChargesNothing() throws Exception {
        CompletableFuture<SessionChatOutcome> outcome = streaming();
        MessageId id = started.poll(5, TimeUnit.SECONDS);
        events.add(new ReplyEvent.TextDelta("PLA is easy. "));
        streamed.poll(5, TimeUnit.SECONDS);

        streamer.interrupt();

        assertThrows(CancellationException.class, () -> within(outcome), "the turn was cancelled");
        assertTrue(closed.get(), "the model call was cancelled");
        assertTrue(sessions.list(KEY, ALL).sessions().isEmpty());
        assertTrue(charges.isEmpty());
        assertEquals(StopOutcome.UNKNOWN, stops.stop(KEY, id), "no running reply is left behind");
    }

    @Test
    void aCrashedNodesReply_isNoRunningReply_onceItsLeaseEnded() throws Exception {
        CompletableFuture<SessionChatOutcome> outcome = streaming();
        MessageId id = started.poll(5, TimeUnit.SECONDS);
        ReplyStops later = new ReplyStops(replies, sessions, Clock.fixed(NOW.plus(ReplyStops.LEASE), ZoneOffset.UTC));

        assertEquals(StopOutcome.UNKNOWN, later.stop(KEY, id));
        events.addAll(List.of(new ReplyEvent.TextDelta("Whole."), new ReplyEvent.Completed(answer("Whole."))));
        assertEquals(false, delivered(within(outcome)).stopped());
    }
}
