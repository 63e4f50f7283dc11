package dev.slicewise.adapter.llm.openai;

import dev.slicewise.application.port.out.AssistantUnavailable;
import dev.slicewise.application.port.out.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configured providers, in order: every model call of the service goes through {@link #first}, which asks each
 * provider in turn until one answers. A timeout, 429, 5xx, refused connection, garbage or an answer its caller
 * rejects moves on to the next provider; when none answers, the caller's engine is unavailable. Failures are logged
 * with the provider's name and the kind of failure only, never a key or what a model wrote. Each call is counted in
 * the metrics by provider, model and outcome, with its time (to the first text when the provider streams).
 */
final class ProviderChain {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderChain.class);

    /** What a provider answered, which provider it was, and whether one before it failed. */
    record Provided<T>(T value, ProviderClient provider, boolean fellBack) {
    }

    private final List<ProviderClient> providers;
    private final Metrics metrics;

    ProviderChain(List<ProviderClient> providers, Metrics metrics) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a provider chain needs at least one provider");
        }
        this.providers = List.copyOf(providers);
        this.metrics = metrics;
    }

    /** Each provider, each through its own chat model made from its settings. */
    static ProviderChain of(List<ProviderSettings> chain, Function<ProviderSettings, ProviderClient> client,
                            Metrics metrics) {
        return new ProviderChain(chain.stream().map(client).toList(), metrics);
    }

    /**
     * The providers that serve {@code model}, in order, or all of them when no model is named. A model no provider
     * serves leaves no provider: the caller's engine is unavailable.
     */
    ProviderChain serving(Optional<String> model) {
        if (model.isEmpty()) {
            return this;
        }
        List<ProviderClient> serving = providers.stream()
                .filter(provider -> provider.settings().model().equals(model.get())).toList();
        if (serving.isEmpty()) {
            throw new AssistantUnavailable("no provider serves the model asked for");
        }
        return new ProviderChain(serving, metrics);
    }

    /** The first provider's answer that {@code ask} accepts (it throws a {@link ProviderFailure} otherwise). */
    <T> Provided<T> first(String what, Function<ProviderClient, T> ask) {
        for (ProviderClient provider : providers) {
            long started = System.nanoTime();
            try {
                T value = ask.apply(provider);
                counted(provider, Metrics.ProviderOutcome.ANSWERED, started);
                return new Provided<>(value, provider, provider != providers.getFirst());
            } catch (ProviderFailure failure) {
                counted(provider, outcome(failure.kind()), started);
                LOG.warn("{} of LLM provider {} failed ({}); trying the next one", what, provider.settings().name(),
                        failure.getMessage());
            }
        }
        throw new AssistantUnavailable("no provider of the chain answered");
    }

    private void counted(ProviderClient provider, Metrics.ProviderOutcome outcome, long started) {
        metrics.providerCall(provider.settings().name(), provider.settings().model(), outcome,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static Metrics.ProviderOutcome outcome(ProviderFailure.Kind kind) {
        return switch (kind) {
            case TIMEOUT -> Metrics.ProviderOutcome.TIMEOUT;
            case RATE_LIMITED -> Metrics.ProviderOutcome.RATE_LIMITED;
            case SERVER_ERROR -> Metrics.ProviderOutcome.SERVER_ERROR;
            case UNREACHABLE -> Metrics.ProviderOutcome.UNREACHABLE;
            case REJECTED -> Metrics.ProviderOutcome.REJECTED;
            case GARBAGE -> Metrics.ProviderOutcome.GARBAGE;
        };
    }
}
