package dev.slicewise.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

import java.util.Set;

/**
 * Checks at start-up that each adapter choice names an adapter that exists and each free intent an intent, so that a typo in an environment
 * variable stops the service with a clear message instead of a missing-bean error.
 */
@Context
class ConfiguredModes {

    ConfiguredModes(@Value("${slicewise.persistence:jdbc}") String persistence,
                    @Value("${slicewise.credits.mode:ledger}") String credits,
                    @Value("${slicewise.assistant.mode:embedded}") String assistant,
                    @Value("${slicewise.credits.free-intents:}") String freeIntents) {
        require("SLICEWISE_PERSISTENCE", persistence, Set.of("jdbc", "memory"));
        require("SLICEWISE_CREDITS_MODE", credits, Set.of("ledger", "unlimited", "elegoo"));
        require("SLICEWISE_ASSISTANT_MODE", assistant, Set.of("embedded", "llm"));
        UseCaseFactory.intents(freeIntents);
    }

    private static void require(String variable, String value, Set<String> known) {
        if (!known.contains(value)) {
            throw new ConfigurationException(variable + " is '" + value + "'; it must be one of "
                    + known.stream().sorted().toList());
        }
    }
}
