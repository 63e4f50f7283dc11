package dev.slicewise.domain.troubleshooting;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DiagnosticQuestion;
import dev.slicewise.domain.knowledge.defects.RankedCause;
import dev.slicewise.domain.summary.Awaiting;

import java.util.Optional;

/**
 * The next step of the print troubleshooting for one turn, decided by {@link Troubleshooting}; an engine only words
 * it. Each step that waits for the user writes the knowledge's text it waits on (a question, a cause, the
 * which-problem question) on a line of its own, which is how the next turn reads the step back from the history.
 */
public sealed interface TroubleshootingStep {

    /**
     * Outside the workflow, a reported problem: restate it (its defect, when recognised) and ask whether the print
     * used the current settings ({@code current_settings}), for the client to confirm troubleshooting.
     */
    record Confirm(Optional<Defect> reported) implements TroubleshootingStep {
        public Confirm {
            Require.present(reported, "reported");
        }
    }

    /**
     * A diagnostic question; the first step of a problem opens it, and a question asked again after a message that
     * did not answer it says so.
     */
    record Ask(DiagnosticQuestion question, Optional<Opening> opening, boolean again) implements TroubleshootingStep {
        public Ask {
            Require.present(question, "question");
            Require.present(opening, "opening");
        }
    }

    /** How the fix proposed for the cause worked out, asked again after a message that did not say. */
    record AskOutcome(Cause cause) implements TroubleshootingStep {
        public AskOutcome {
            Require.present(cause, "cause");
        }
    }

    /** What the problem is: the user has not said it yet, or did not say it in answer (again). */
    record AskProblem(boolean again) implements TroubleshootingStep {
    }

    /**
     * The fix for the likeliest cause not tried yet that changes something on the user's setup.
     *
     * @param tried how many fixes were tried for this problem before this one (0: the first)
     */
    record ProposeFix(RankedCause cause, int tried, Optional<Opening> opening) implements TroubleshootingStep {
        public ProposeFix {
            Require.present(cause, "cause");
            Require.present(opening, "opening");
            if (tried < 0 || tried >= Troubleshooting.MAX_FIXES) {
                throw new IllegalArgumentException("tried must be 0 to " + (Troubleshooting.MAX_FIXES - 1));
            }
        }
    }

    /** The fixes did not help (three, or every one there is): hand over to support. */
    record HandToSupport(Defect defect) implements TroubleshootingStep {
        public HandToSupport {
            Require.present(defect, "defect");
        }
    }

    /** Offer to end the workflow, for the reason given. */
    record OfferEnd(Ending ending) implements TroubleshootingStep {
        public OfferEnd {
            Require.present(ending, "ending");
        }
    }

    /**
     * The message asks for something else (a settings question, slicing, support): answer it as usual, then bring the
     * user back to what the troubleshooting waits for.
     */
    record Aside(Awaiting pending) implements TroubleshootingStep {
        public Aside {
            Require.present(pending, "pending");
        }
    }

    /** The first step of a problem introduces it; the settings it changes are the open ones, not another project's. */
    record Opening(Defect defect, boolean otherProject) {
        public Opening {
            Require.present(defect, "defect");
        }
    }

    /** Why the troubleshooting offers to end. */
    enum Ending {
        /** The latest fix worked, or the user says they are done. */
        SOLVED,
        /** The user does not want troubleshooting. */
        DECLINED,
        /** No question is left and no fix changes anything more. */
        NO_MORE_STEPS,
        /** The user started over or talks of something else than printing. */
        CHANGED_TOPIC
    }
}
