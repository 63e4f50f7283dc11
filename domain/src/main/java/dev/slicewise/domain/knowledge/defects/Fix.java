package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.catalog.ProposedRecommendation;

import java.util.List;

/**
 * What to do about a cause: setting changes, as a proposal for the {@code RecommendationGuardrail} with the cause's
 * explanation for each change, and things to do at the printer. Either part may be empty.
 */
public record Fix(Cause cause, ProposedRecommendation settings, List<PhysicalAction> actions) {

    public Fix {
        Require.present(cause, "cause");
        Require.present(settings, "settings");
        actions = List.copyOf(Require.present(actions, "actions"));
    }

    /** Whether the fix is a repair of the printer: no setting helps, only work on the hardware. */
    public boolean isRepair() {
        return settings.filamentOverrides().isEmpty() && settings.processOverrides().isEmpty()
                && actions.stream().anyMatch(PhysicalAction::isRepair);
    }
}
