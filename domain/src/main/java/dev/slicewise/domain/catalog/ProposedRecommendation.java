package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;

import java.util.Map;
import java.util.Optional;

/**
 * Slicing changes as a model proposes them, before the guardrail: a process preset name, filament and process
 * overrides with raw values, and a reason per setting key.
 *
 * @param explanations the proposed reason for each change, by OrcaSlicer key
 */
public record ProposedRecommendation(
        Optional<String> processPreset,
        Map<String, ProposedValue> filamentOverrides,
        Map<String, ProposedValue> processOverrides,
        Map<String, String> explanations) {

    public ProposedRecommendation {
        Require.present(processPreset, "processPreset");
        filamentOverrides = Map.copyOf(Require.present(filamentOverrides, "filamentOverrides"));
        processOverrides = Map.copyOf(Require.present(processOverrides, "processOverrides"));
        explanations = Map.copyOf(Require.present(explanations, "explanations"));
    }
}
