package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Readiness.ProviderState;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.turn.Api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The metrics every part of the service is given: each event passes to the exporting metrics, and the provider
 * calls leave here when a provider last answered and last failed, which the readiness probe reads. So the probe
 * learns of the providers from the calls the service makes anyway, without calls of its own that would cost tokens.
 */
public final class ProviderPulse implements Metrics {

    private final Metrics exported;
    private final Clock clock;
    private final AtomicReference<Instant> lastAnswered = new AtomicReference<>();
    private final AtomicReference<Instant> lastFailed = new AtomicReference<>();

    public ProviderPulse(Metrics exported, Clock clock) {
        this.exported = exported;
        this.clock = clock;
    }

    /** What the providers did within {@code window} before now. */
    public ProviderState state(Duration window) {
        Instant since = clock.instant().minus(window);
        if (within(lastAnswered.get(), since)) {
            return ProviderState.ANSWERING;
        }
        return within(lastFailed.get(), since) ? ProviderState.FAILING : ProviderState.IDLE;
    }

    private static boolean within(Instant at, Instant since) {
        return at != null && !at.isBefore(since);
    }

    @Override
    public void providerCall(String provider, String model, ProviderOutcome outcome, Duration latency) {
        (outcome == ProviderOutcome.ANSWERED ? lastAnswered : lastFailed).set(clock.instant());
        exported.providerCall(provider, model, outcome, latency);
    }

    @Override
    public void turn(Api api, Intent intent, Optional<Provenance> answeredBy, TurnResult result) {
        exported.turn(api, intent, answeredBy, result);
    }

    @Override
    public void fallback(Fallback kind) {
        exported.fallback(kind);
    }

    @Override
    public void charged(Credits credits) {
        exported.charged(credits);
    }

    @Override
    public void chargeRefused(ChargeRefusal reason) {
        exported.chargeRefused(reason);
    }

    @Override
    public void rateLimited() {
        exported.rateLimited();
    }

    @Override
    public void idempotentReplay() {
        exported.idempotentReplay();
    }

    @Override
    public void plateAnalysis(Optional<Provenance> engine, PlateResult result) {
        exported.plateAnalysis(engine, result);
    }
}
