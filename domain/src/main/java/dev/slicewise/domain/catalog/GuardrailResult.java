package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.SlicingRecommendation;

import java.util.List;
import java.util.Optional;

/**
 * What is left of a proposed recommendation after the guardrail: the recommendation (empty when nothing valid
 * remains), one explanation per changed setting, and notes on what was dropped, refused, clamped or added.
 */
public record GuardrailResult(
        Optional<SlicingRecommendation> recommendation,
        List<OverrideExplanation> explanations,
        List<GuardrailNote> notes) {

    public GuardrailResult {
        Require.present(recommendation, "recommendation");
        explanations = List.copyOf(Require.present(explanations, "explanations"));
        notes = List.copyOf(Require.present(notes, "notes"));
        int changed = recommendation.map(r -> r.filamentOverrides().size() + r.processOverrides().size()).orElse(0);
        if (explanations.size() != changed) {
            throw new IllegalArgumentException("one explanation per changed setting: " + changed + " settings, "
                    + explanations.size() + " explanations");
        }
    }
}
