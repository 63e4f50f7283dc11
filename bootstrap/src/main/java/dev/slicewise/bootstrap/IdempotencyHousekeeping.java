package dev.slicewise.bootstrap;

import dev.slicewise.application.port.in.RunIdempotentlyUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Forgets expired idempotency keys and their stored answers now and then, so that the store keeps about one time to
 * live of requests ({@code SLICEWISE_IDEMPOTENCY_TTL_SECONDS}) rather than every request ever answered.
 */
@Singleton
class IdempotencyHousekeeping {

    private static final System.Logger LOG = System.getLogger(IdempotencyHousekeeping.class.getName());

    private final RunIdempotentlyUseCase idempotency;

    IdempotencyHousekeeping(RunIdempotentlyUseCase idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(initialDelay = "${slicewise.idempotency.purge-every}", fixedDelay = "${slicewise.idempotency.purge-every}")
    void forgetExpiredKeys() {
        int forgotten = idempotency.forgetExpired();
        LOG.log(System.Logger.Level.DEBUG, "forgot {0} expired idempotency keys", forgotten);
    }
}
