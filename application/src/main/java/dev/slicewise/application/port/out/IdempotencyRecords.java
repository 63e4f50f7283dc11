package dev.slicewise.application.port.out;

import dev.slicewise.application.port.in.RecordedResponse;
import dev.slicewise.domain.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys and the answers kept for them. A claim is atomic across every node sharing the store: of any
 * number of claims of one free key, exactly one wins. A record whose expiry has passed counts as free.
 */
public interface IdempotencyRecords {

    /** Takes the key for a running request unless an unexpired record holds it. */
    Claim claim(IdempotencyKey key, String requestHash, Instant now, Instant expiresAt);

    /** Keeps the answer of the running request that holds the key. */
    void complete(IdempotencyKey key, RecordedResponse response);

    /** Frees the key of a running request, so that the request may run again. */
    void release(IdempotencyKey key);

    /** The unexpired record of the key. */
    Optional<Entry> find(IdempotencyKey key, Instant now);

    /** Deletes every record whose expiry has passed (they count as free already); returns how many. */
    int purgeExpired(Instant now);

    sealed interface Claim {
        record Won() implements Claim {
        }

        record Lost(Entry holder) implements Claim {
            public Lost {
                Require.present(holder, "holder");
            }
        }
    }

    record Entry(String requestHash, State state, Instant expiresAt) {
        public Entry {
            Require.present(requestHash, "requestHash");
            Require.present(state, "state");
            Require.present(expiresAt, "expiresAt");
        }
    }

    sealed interface State {
        record Running() implements State {
        }

        record Completed(RecordedResponse response) implements State {
            public Completed {
                Require.present(response, "response");
            }
        }
    }
}
