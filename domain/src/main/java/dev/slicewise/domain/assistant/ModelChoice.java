package dev.slicewise.domain.assistant;

import dev.slicewise.domain.Require;

import java.util.Optional;

/**
 * What the caller asked of the engine for one turn: a model by its id ({@value Provenance#EMBEDDED} for the embedded
 * engine, else a configured provider model) and a sampling temperature for a provider; either may be left to the
 * configuration.
 */
public record ModelChoice(Optional<String> model, Optional<Double> temperature) {

    public static final double MAX_TEMPERATURE = 2.0;
    /** The configured routing and temperature. */
    public static final ModelChoice ROUTED = new ModelChoice(Optional.empty(), Optional.empty());

    public ModelChoice {
        Require.present(model, "model");
        model.ifPresent(id -> Require.text(id, "model", 200));
        Require.present(temperature, "temperature");
        temperature.ifPresent(value -> {
            if (!(value >= 0 && value <= MAX_TEMPERATURE)) {
                throw new IllegalArgumentException("temperature must be from 0 to " + MAX_TEMPERATURE);
            }
        });
    }

    /** Whether the caller asked for the embedded engine. */
    public boolean embedded() {
        return model.filter(Provenance.EMBEDDED::equals).isPresent();
    }

    /** The provider model the caller asked for, if any. */
    public Optional<String> providerModel() {
        return model.filter(id -> !Provenance.EMBEDDED.equals(id));
    }
}
