package dev.slicewise.application.port.out;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.credits.ChargeRequest;

import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys and the answers kept for them. A claim is atomic across every node sharing the store: of any
 * number of claims of one free key, exactly one wins. A record whose expiry has passed counts as free.
 * <p>
 * A running record holds its key for a lease. When the lease ends before the request completes (the node died, or
 * the database failed under it), the next claim of the same request takes the key over and runs under the same
 * request id, so that whatever the first attempt may have charged under that id is not charged again.
 */
public interface IdempotencyRecords {

    /**
     * Takes the key for a running request: a free key gets a new record under {@code claim}'s request id; a running
     * record of the same request whose lease has ended is taken over with its own request id; any other record
     * (running within its lease, completed, or of another request) wins and is returned. A won claim survives a crash
     * of the process, so that the request id it hands out (and a charge may carry outside) does too.
     */
    Claim claim(IdempotencyKey key, Claiming claim);

    /**
     * Keeps the answer's body for the running request that holds the key. It returns only when the body would survive
     * a crash of the process, so that an answer that was sent can always be replayed.
     */
    void complete(IdempotencyKey key, String body);

    /** Frees the key of a running request whose attempt ended with nothing charged, so that it may run anew. */
    void release(IdempotencyKey key);

    /**
     * Ends the lease of a running request whose attempt failed in a way that may have charged: the next claim of the
     * same request takes it over at once, under the same request id.
     */
    void endLease(IdempotencyKey key, Instant now);

    /** The unexpired record of the key. */
    Optional<Entry> find(IdempotencyKey key, Instant now);

    /** Deletes every record whose expiry has passed (they count as free already); returns how many. */
    int purgeExpired(Instant now);

    /** A request's claim of a key: its hash, the id it runs under if the key is free, its lease and expiry. */
    record Claiming(String requestHash, String requestId, Instant now, Instant leaseUntil, Instant expiresAt) {
        public Claiming {
            Require.present(requestHash, "requestHash");
            Require.text(requestId, "requestId", ChargeRequest.MAX_REQUEST_ID_LENGTH);
            Require.present(now, "now");
            Require.present(leaseUntil, "leaseUntil");
            Require.present(expiresAt, "expiresAt");
            if (leaseUntil.isBefore(now) || expiresAt.isBefore(leaseUntil)) {
                throw new IllegalArgumentException("a claim's lease ends after now and before its expiry");
            }
        }
    }

    sealed interface Claim {
        /** The key is the claimer's: it runs under this request id. */
        record Won(String requestId) implements Claim {
            public Won {
                Require.text(requestId, "requestId", ChargeRequest.MAX_REQUEST_ID_LENGTH);
            }
        }

        record Lost(Entry holder) implements Claim {
            public Lost {
                Require.present(holder, "holder");
            }
        }
    }

    record Entry(String requestHash, String requestId, State state, Instant expiresAt) {
        public Entry {
            Require.present(requestHash, "requestHash");
            Require.text(requestId, "requestId", ChargeRequest.MAX_REQUEST_ID_LENGTH);
            Require.present(state, "state");
            Require.present(expiresAt, "expiresAt");
        }
    }

    sealed interface State {
        record Running(Instant leaseUntil) implements State {
            public Running {
                Require.present(leaseUntil, "leaseUntil");
            }
        }

        record Completed(String body) implements State {
            public Completed {
                Require.present(body, "body");
            }
        }
    }
}
