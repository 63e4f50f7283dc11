package dev.slicewise.application.port.out;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.user.UserId;

import java.time.Instant;
import java.util.Set;

/**
 * The replies being streamed on every node of the service, and the stops asked for them: a stop may reach any node,
 * the reply's own node finds it here. A reply's row lives under a lease its node renews; a row whose lease ended
 * belongs to a node that is gone, and is no running reply any more.
 */
public interface RunningReplies {

    /** Keeps a reply that begins streaming on {@code node}. */
    void add(RunningReply reply);

    /**
     * Asks the owner's running reply to stop; false when there is no such reply (unknown, another owner's, finished,
     * or its lease ended before {@code now}).
     */
    boolean requestStop(UserId owner, MessageId id, Instant now);

    /** The replies of {@code node} whose stop was asked for. */
    Set<MessageId> stopsRequested(String node);

    /** Extends the lease of every reply of {@code node} to {@code leaseUntil}. */
    void renew(String node, Instant leaseUntil);

    /** Forgets a reply that ended, stopped or not. */
    void remove(MessageId id);

    /** Forgets the replies whose lease ended before {@code now}; returns how many. */
    int forgetExpired(Instant now);

    /** A reply being streamed: the answer's message id, whose it is, the node that streams it, and its lease. */
    record RunningReply(MessageId id, UserId owner, String node, Instant leaseUntil) {

        public RunningReply {
            Require.present(id, "id");
            Require.present(owner, "owner");
            Require.text(node, "node", 64);
            Require.present(leaseUntil, "leaseUntil");
        }
    }
}
