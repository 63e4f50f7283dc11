package dev.slicewise.domain.slicing;

import dev.slicewise.domain.Require;

/** Why one setting is recommended: the setting's readable name and a concise reason. */
public record OverrideExplanation(String parameter, String explanation) {

    public OverrideExplanation {
        Require.present(parameter, "parameter");
        Require.present(explanation, "explanation");
    }
}
