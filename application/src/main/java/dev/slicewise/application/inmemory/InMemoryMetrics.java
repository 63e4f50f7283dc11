package dev.slicewise.application.inmemory;

import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.turn.Api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Metrics kept as a list of events in words ({@code "turn partner greeting intent_model answered"}), for the tests
 * that check what a service counts.
 */
public final class InMemoryMetrics implements Metrics {

    private final List<String> events = new ArrayList<>();

    /** The events so far, oldest first. */
    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public void turn(Api api, Intent intent, Optional<Provenance> answeredBy, TurnResult result) {
        add("turn " + api.label() + " " + intent.name().toLowerCase(Locale.ROOT) + " "
                + Metrics.source(answeredBy) + " " + result.label());
    }

    @Override
    public void providerCall(String provider, String model, ProviderOutcome outcome, Duration latency) {
        add("provider_call " + provider + " " + model + " " + outcome.label());
    }

    @Override
    public void fallback(Fallback kind) {
        add("fallback " + kind.label());
    }

    @Override
    public void charged(Credits credits) {
        add("charged " + credits.amount());
    }

    @Override
    public void chargeRefused(ChargeRefusal reason) {
        add("charge_refused " + reason.label());
    }

    @Override
    public void rateLimited() {
        add("rate_limited");
    }

    @Override
    public void idempotentReplay() {
        add("idempotent_replay");
    }

    @Override
    public void plateAnalysis(Optional<Provenance> engine, PlateResult result) {
        add("plate_analysis " + engine.map(Provenance::provider).orElse("none") + " " + result.label());
    }

    private synchronized void add(String event) {
        events.add(event);
    }
}
