package dev.slicewise.adapter.llm.openai;

import dev.slicewise.application.port.out.AssistantUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configured providers, in order: every model call of the service goes through {@link #first}, which asks each
 * provider in turn until one answers. A timeout, 429, 5xx, refused connection, garbage or an answer its caller
 * rejects moves on to the next provider; when none answers, the caller's engine is unavailable. Failures are logged
 * with the provider's name and the kind of failure only, never a key or what a model wrote.
 */
final class ProviderChain {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderChain.class);

    /** What a provider answered, which provider it was, and whether one before it failed. */
    record Provided<T>(T value, ProviderClient provider, boolean fellBack) {
    }

    private final List<ProviderClient> providers;

    ProviderChain(List<ProviderClient> providers) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a provider chain needs at least one provider");
        }
        this.providers = List.copyOf(providers);
    }

    /** Each provider, each through its own chat model made from its settings. */
    static ProviderChain of(List<ProviderSettings> chain, Function<ProviderSettings, ProviderClient> client) {
        return new ProviderChain(chain.stream().map(client).toList());
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
        return new ProviderChain(serving);
    }

    /** The first provider's answer that {@code ask} accepts (it throws a {@link ProviderFailure} otherwise). */
    <T> Provided<T> first(String what, Function<ProviderClient, T> ask) {
        for (ProviderClient provider : providers) {
            try {
                return new Provided<>(ask.apply(provider), provider, provider != providers.getFirst());
            } catch (ProviderFailure failure) {
                LOG.warn("{} of LLM provider {} failed ({}); trying the next one", what, provider.settings().name(),
                        failure.getMessage());
            }
        }
        throw new AssistantUnavailable("no provider of the chain answered");
    }
}
