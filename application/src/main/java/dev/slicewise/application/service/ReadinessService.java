package dev.slicewise.application.service;

import dev.slicewise.application.port.in.CheckReadinessUseCase;
import dev.slicewise.application.port.in.Readiness;
import dev.slicewise.application.port.in.Readiness.ProviderState;
import dev.slicewise.application.port.out.DatabaseProbe;
import dev.slicewise.application.port.out.StoreUnavailable;

import java.time.Duration;

/**
 * A node is ready when its database answers: every answer is kept or charged there. In {@code llm} mode the probe
 * also reports whether a provider answered within the window; failing providers make the node unready only when the
 * operator requires them, since the embedded engine answers every turn they do not, and taking every node out of
 * rotation because a provider they share is down would turn a degraded service into none. A node that has not called
 * a provider yet is ready: it must get traffic to call one.
 */
public final class ReadinessService implements CheckReadinessUseCase {

    private final DatabaseProbe database;
    private final ProviderPulse pulse;
    private final boolean providersConfigured;
    private final boolean providersRequired;
    private final Duration window;

    /**
     * @param window            how recent a provider's answer must be to count ({@code SLICEWISE_READINESS_WINDOW})
     * @param providersRequired whether failing providers make the node unready
     *                          ({@code SLICEWISE_READINESS_REQUIRES_PROVIDERS})
     */
    public ReadinessService(DatabaseProbe database, ProviderPulse pulse, boolean providersConfigured,
                            boolean providersRequired, Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the readiness window must be positive");
        }
        this.database = database;
        this.pulse = pulse;
        this.providersConfigured = providersConfigured;
        this.providersRequired = providersRequired;
        this.window = window;
    }

    @Override
    public Readiness check() {
        boolean reachable = reachable();
        ProviderState providers = providersConfigured ? pulse.state(window) : ProviderState.NOT_CONFIGURED;
        boolean ready = reachable && !(providersRequired && providers == ProviderState.FAILING);
        return new Readiness(ready, reachable, providers);
    }

    private boolean reachable() {
        try {
            database.touch();
            return true;
        } catch (StoreUnavailable outage) {
            return false;
        }
    }
}
