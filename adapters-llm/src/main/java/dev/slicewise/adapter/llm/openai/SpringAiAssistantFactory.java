package dev.slicewise.adapter.llm.openai;

import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.PartCodeRunner;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * {@code SLICEWISE_ASSISTANT_MODE=llm}: the chain of configured providers as the {@code providers} assistant, beside
 * the embedded one (the application routes each turn and falls back to the embedded engine), with the configured
 * part code runners checking the parts the models write. Built at start-up, so
 * that a missing or unreadable setting stops the service with a message that names the variable.
 */
@Factory
@Requires(property = "slicewise.assistant.mode", value = "llm")
public class SpringAiAssistantFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SpringAiAssistantFactory.class);

    @Context
    @Named("providers")
    AssistantModel assistantModel(Environment environment, List<PartCodeRunner> runners, Metrics metrics) {
        List<ProviderSettings> chain = chain(environment);
        chain.forEach(settings -> LOG.info("LLM provider in the chain: {}", settings));
        return SpringAiAssistantModel.of(chain, runners, metrics);
    }

    /** The configured providers, in order; a missing or unreadable setting stops the start, naming the variable. */
    static List<ProviderSettings> chain(Environment environment) {
        List<ProviderSettings> chain;
        try {
            chain = ProviderChainSettings.read(name -> environment.getProperty(name, String.class));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException(invalid.getMessage());
        }
        if (chain.isEmpty()) {
            throw new ConfigurationException("SLICEWISE_ASSISTANT_MODE=llm needs a provider: set SLICEWISE_LLM_BASE_URL "
                    + "and SLICEWISE_LLM_MODEL (see README)");
        }
        return chain;
    }
}
