package dev.slicewise.application.port.in;

import java.util.function.Supplier;

/**
 * Runs a request at most once per key and user: the first claims the key and runs {@code attempt}; a retry after a
 * 200 gets that answer again without running; a failed attempt frees the key. The caller is authenticated first,
 * so a stored answer goes only to its owner.
 */
public interface RunIdempotentlyUseCase {

    Authenticated<Idempotent> run(IdempotentRequest request, Supplier<RecordedResponse> attempt);

    /** Forgets the keys whose time to live has passed, so that the store holds one TTL of requests at most. */
    int forgetExpired();
}
