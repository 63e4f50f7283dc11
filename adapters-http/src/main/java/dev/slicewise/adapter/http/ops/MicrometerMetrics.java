package dev.slicewise.adapter.http.ops;

import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.turn.Api;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.context.ServerRequestContext;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The application's metrics as Micrometer meters, which {@code GET /metrics} exports for Prometheus (ADR 0021). Every
 * label is one of a few known values: an API, an intent, an engine or a configured provider and model, an outcome;
 * never a user, a key or a text. A turn or plate analysis is also noted on the HTTP request it answers, when there is
 * one, for that request's log line ({@link RequestLog}).
 */
public final class MicrometerMetrics implements Metrics {

    /** The request attribute that carries the intent of the turn a request had. */
    static final String INTENT = "slicewise.turn.intent";
    /** The request attribute that carries the engine that answered the request's turn or analysis. */
    static final String ENGINE = "slicewise.turn.engine";

    private final MeterRegistry registry;
    private final Counter rateLimited;
    private final Counter replays;
    private final Counter creditsCharged;

    public MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.rateLimited = Counter.builder("slicewise.rate.limited")
                .description("Requests refused for their key's rate limit (429)").register(registry);
        this.replays = Counter.builder("slicewise.idempotent.replays")
                .description("Retried requests answered with their stored answer, without running").register(registry);
        this.creditsCharged = Counter.builder("slicewise.credits.charged")
                .description("Credits charged for answers").register(registry);
    }

    @Override
    public void turn(Api api, Intent intent, Optional<Provenance> answeredBy, TurnResult result) {
        String intentLabel = intent.name().toLowerCase(Locale.ROOT);
        Counter.builder("slicewise.turns")
                .description("Turns by API, intent, who answered (source) and outcome")
                .tag("api", api.label()).tag("intent", intentLabel).tag("source", Metrics.source(answeredBy))
                .tag("outcome", result.label())
                .register(registry).increment();
        answeredBy.ifPresent(this::tokens);
        noted(Optional.of(intentLabel), answeredBy);
    }

    @Override
    public void providerCall(String provider, String model, ProviderOutcome outcome, Duration latency) {
        Timer.builder("slicewise.provider.calls")
                .description("Calls to model providers by provider, model and outcome, to the answer or first text")
                .tag("provider", provider).tag("model", model).tag("outcome", outcome.label())
                .serviceLevelObjectives(Buckets.PROVIDER)
                .register(registry).record(latency);
    }

    @Override
    public void fallback(Fallback kind) {
        Counter.builder("slicewise.fallbacks")
                .description("Answers of the embedded engine after the providers gave none, by the engine it replaced")
                .tag("engine", kind.label())
                .register(registry).increment();
    }

    @Override
    public void charged(Credits credits) {
        creditsCharged.increment(credits.amount());
    }

    @Override
    public void chargeRefused(ChargeRefusal reason) {
        Counter.builder("slicewise.charges.refused")
                .description("Charges that did not happen, the answer withheld, by reason")
                .tag("reason", reason.label())
                .register(registry).increment();
    }

    @Override
    public void rateLimited() {
        rateLimited.increment();
    }

    @Override
    public void idempotentReplay() {
        replays.increment();
    }

    @Override
    public void plateAnalysis(Optional<Provenance> engine, PlateResult result) {
        Counter.builder("slicewise.plate.analyses")
                .description("Plate analyses by the engine that made them and outcome")
                .tag("engine", engine.map(Provenance::provider).orElse("none")).tag("outcome", result.label())
                .register(registry).increment();
        engine.ifPresent(this::tokens);
        noted(Optional.empty(), engine);
    }

    /** The tokens a provider counted, by provider, model and kind; the embedded engine counts none. */
    private void tokens(Provenance provenance) {
        if (provenance.promptTokens() > 0) {
            tokenCounter(provenance, "prompt").increment(provenance.promptTokens());
        }
        if (provenance.completionTokens() > 0) {
            tokenCounter(provenance, "completion").increment(provenance.completionTokens());
        }
    }

    private Counter tokenCounter(Provenance provenance, String kind) {
        return Counter.builder("slicewise.llm.tokens")
                .description("Tokens the providers counted, by provider, model and kind (prompt, completion)")
                .tag("provider", provenance.provider()).tag("model", provenance.model()).tag("kind", kind)
                .register(registry);
    }

    private static void noted(Optional<String> intent, Optional<Provenance> engine) {
        ServerRequestContext.currentRequest().ifPresent(request -> {
            intent.ifPresent(value -> request.setAttribute(INTENT, value));
            engine.ifPresent(provenance -> request.setAttribute(ENGINE, provenance.provider()));
        });
    }
}
