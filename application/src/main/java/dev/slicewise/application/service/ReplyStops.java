package dev.slicewise.application.service;

import dev.slicewise.application.port.in.StopReplyUseCase;
import dev.slicewise.application.port.out.RunningReplies;
import dev.slicewise.application.port.out.RunningReplies.RunningReply;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stops of streamed replies across the nodes of the service (ADR 0017). A reply that begins streaming is kept in
 * {@link RunningReplies} under this node's name; a stop, on whichever node it arrives, marks it there. This node
 * {@link #poll()}s for the marks of its own replies (one query per round for all of them, and none while it streams
 * nothing), and a stop that arrives on the streaming node itself takes effect at once. A stopped reply's thread is
 * interrupted, which cancels the model call; a reply that has already completed is no longer interrupted, so the
 * keeping and the charge of a finished answer are never cut short. The node renews the lease of its rows every
 * {@link #RENEW_EVERY}; rows of a node that stopped renewing them (it crashed) are no running replies once their
 * {@link #LEASE} ended, and are forgotten.
 */
public final class ReplyStops implements StopReplyUseCase {

    /** How long a row stays a running reply without its node renewing it. */
    public static final Duration LEASE = Duration.ofSeconds(15);

    /** How often a node renews the leases of its rows and forgets the expired rows of any node. */
    public static final Duration RENEW_EVERY = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger(ReplyStops.class.getName());

    private final RunningReplies replies;
    private final SessionRepository sessions;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final Map<MessageId, Running> running = new ConcurrentHashMap<>();
    private volatile Instant renewed = Instant.MIN;

    public ReplyStops(RunningReplies replies, SessionRepository sessions, Clock clock) {
        this.replies = replies;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * A reply of the owner that begins streaming on the calling thread, which a stop interrupts; closing it forgets
     * the reply.
     */
    public Running start(UserId owner, MessageId id) {
        Running reply = new Running(id, Thread.currentThread());
        running.put(id, reply);
        try {
            replies.add(new RunningReply(id, owner, node, clock.instant().plus(LEASE)));
        } catch (RuntimeException e) {
            running.remove(id);
            throw e;
        }
        return reply;
    }

    @Override
    public StopOutcome stop(UserId owner, MessageId id) {
        if (replies.requestStop(owner, id, clock.instant())) {
            Running reply = running.get(id);
            if (reply != null) {
                reply.stop();
            }
            return StopOutcome.STOPPED;
        }
        return sessions.message(owner, id).filter(message -> message.role() == Role.ASSISTANT).isPresent()
                ? StopOutcome.ALREADY_FINISHED : StopOutcome.UNKNOWN;
    }

    /**
     * One round of the node's poller: the stops asked on other nodes for this node's replies take effect, and every
     * {@link #RENEW_EVERY} the leases are renewed and expired rows forgotten.
     */
    public void poll() {
        Instant now = clock.instant();
        if (!now.isBefore(renewed.plus(RENEW_EVERY))) {
            renewed = now;
            if (!running.isEmpty()) {
                replies.renew(node, now.plus(LEASE));
            }
            int forgotten = replies.forgetExpired(now);
            if (forgotten > 0) {
                LOG.log(System.Logger.Level.INFO, "forgot {0} running replies of nodes that stopped renewing them",
                        forgotten);
            }
        }
        if (running.isEmpty()) {
            return;
        }
        for (MessageId id : replies.stopsRequested(node)) {
            Running reply = running.get(id);
            if (reply != null) {
                reply.stop();
            }
        }
    }

    /** A reply streaming on this node: running, then completed or stopped, whichever comes first. */
    public final class Running implements AutoCloseable {

        private enum State { RUNNING, COMPLETED, STOPPED }

        private final MessageId id;
        private final Thread thread;
        private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);

        private Running(MessageId id, Thread thread) {
            this.id = id;
            this.thread = thread;
        }

        /** Marks the reply completed; false when it was stopped first. */
        public boolean complete() {
            return state.compareAndSet(State.RUNNING, State.COMPLETED) || state.get() == State.COMPLETED;
        }

        /** Whether the reply was stopped before it completed. */
        public boolean stopped() {
            return state.get() == State.STOPPED;
        }

        private void stop() {
            if (state.compareAndSet(State.RUNNING, State.STOPPED)) {
                thread.interrupt();
            }
        }

        @Override
        public void close() {
            running.remove(id, this);
            try {
                replies.remove(id);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not forget a running reply; its lease ends it", e);
            }
        }
    }
}
