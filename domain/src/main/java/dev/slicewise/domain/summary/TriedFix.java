package dev.slicewise.domain.summary;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.knowledge.defects.Cause;

import java.util.List;
import java.util.Optional;

/**
 * A fix the assistant proposed, for a cause, and what the user said of it: an option of the
 * {@code fix_outcome} question ({@code NOT_FIXED}, {@code WORKED}, {@code ANOTHER_ISSUE}), empty until they say.
 */
public record TriedFix(Cause cause, Optional<String> outcome) {

    public TriedFix {
        Require.present(cause, "cause");
        Require.present(outcome, "outcome");
    }

    public boolean failed() {
        return outcome.filter("NOT_FIXED"::equals).isPresent();
    }

    public boolean worked() {
        return outcome.filter("WORKED"::equals).isPresent();
    }

    /** Whether the fixes, tried in this order, solved the problem: the latest worked. */
    static boolean solve(List<TriedFix> fixes) {
        return !fixes.isEmpty() && fixes.getLast().worked();
    }
}
