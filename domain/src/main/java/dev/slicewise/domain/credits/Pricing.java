package dev.slicewise.domain.credits;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.Intent;

import java.util.Set;

/**
 * What an answered message costs: the same price for every intent except the free ones. (Explanations of missing
 * slicing prerequisites are free whatever this says: they are treated as bad input.)
 */
public record Pricing(Credits perMessage, Set<Intent> freeIntents) {

    public Pricing {
        Require.present(perMessage, "perMessage");
        freeIntents = Set.copyOf(Require.present(freeIntents, "freeIntents"));
    }

    public static Pricing flat(Credits perMessage) {
        return new Pricing(perMessage, Set.of());
    }

    public Credits costOf(Intent intent) {
        return freeIntents.contains(intent) ? Credits.NONE : perMessage;
    }
}
