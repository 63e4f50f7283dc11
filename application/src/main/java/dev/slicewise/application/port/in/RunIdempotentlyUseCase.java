package dev.slicewise.application.port.in;

import dev.slicewise.domain.user.UserId;

import java.util.function.Function;

/**
 * Runs a request at most once per key and user: the first claims the key and runs {@code attempt} under the request's
 * id (the id its charge carries); a retry after a success gets that answer again without running; an attempt that
 * ended with nothing charged frees the key; one that failed otherwise leaves it to the next retry, which runs under
 * the same id. Keys are the user's own: a stored answer goes only to the user who authenticated
 * ({@link AuthenticateUserUseCase}).
 */
public interface RunIdempotentlyUseCase {

    <R> Idempotent<R> run(UserId user, IdempotentRequest request, Function<String, Attempt<R>> attempt);

    /** Forgets the keys whose time to live has passed, so that the store holds one TTL of requests at most. */
    int forgetExpired();
}
