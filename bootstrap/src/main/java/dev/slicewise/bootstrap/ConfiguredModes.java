package dev.slicewise.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * Checks at start-up that each adapter choice names an adapter that exists and each free intent an intent, so that a typo in an environment
 * variable stops the service with a clear message instead of a missing-bean error. A vision model without the
 * {@code llm} mode is ignored, as every provider setting is then, but said in the log: it is easy to miss.
 */
@Context
class ConfiguredModes {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredModes.class);

    ConfiguredModes(@Value("${slicewise.persistence:jdbc}") String persistence,
                    @Value("${slicewise.credits.mode:ledger}") String credits,
                    @Value("${slicewise.assistant.mode:embedded}") String assistant,
                    @Value("${slicewise.credits.free-intents:}") String freeIntents,
                    @Value("${slicewise.vision.model:}") String visionModel) {
        require("SLICEWISE_PERSISTENCE", persistence, Set.of("jdbc", "memory"));
        require("SLICEWISE_CREDITS_MODE", credits, Set.of("ledger", "unlimited", "elegoo"));
        require("SLICEWISE_ASSISTANT_MODE", assistant, Set.of("embedded", "llm"));
        UseCaseFactory.intents(freeIntents);
        if (!visionModel.isBlank() && !assistant.equals("llm")) {
            LOG.warn("SLICEWISE_VISION_MODEL is set but SLICEWISE_ASSISTANT_MODE is {}: plates are analysed by the "
                    + "embedded engine; set SLICEWISE_ASSISTANT_MODE=llm to use the vision model", assistant);
        }
    }

    private static void require(String variable, String value, Set<String> known) {
        if (!known.contains(value)) {
            throw new ConfigurationException(variable + " is '" + value + "'; it must be one of "
                    + known.stream().sorted().toList());
        }
    }
}
