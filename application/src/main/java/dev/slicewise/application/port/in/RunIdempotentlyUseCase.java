package dev.slicewise.application.port.in;

import java.util.function.Function;

/**
 * Runs a request at most once per key and user: the first claims the key and runs {@code attempt} under the request's
 * id (the id its charge carries); a retry after a success gets that answer again without running; an attempt that
 * ended with nothing charged frees the key; one that failed otherwise leaves it to the next retry, which runs under
 * the same id. The caller is authenticated first, so a stored answer goes only to its owner.
 */
public interface RunIdempotentlyUseCase {

    Authenticated<Idempotent> run(IdempotentRequest request, Function<String, RecordedResponse> attempt);

    /** Forgets the keys whose time to live has passed, so that the store holds one TTL of requests at most. */
    int forgetExpired();
}
