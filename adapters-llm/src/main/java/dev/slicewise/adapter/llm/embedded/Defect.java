package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.knowledge.SlicingGoal;

import java.util.Optional;

/** The print defects the embedded assistant recognises in a report. */
enum Defect {
    STRINGING(SlicingGoal.LESS_STRINGING),
    WARPING(SlicingGoal.BETTER_ADHESION),
    BED_ADHESION(SlicingGoal.BETTER_ADHESION),
    LAYER_SHIFT(null),
    UNDER_EXTRUSION(null),
    SPAGHETTI(null);

    private final SlicingGoal preventedBy;

    Defect(SlicingGoal preventedBy) {
        this.preventedBy = preventedBy;
    }

    String group() {
        return "defect." + name();
    }

    /** The goal that prevents the defect: "less stringing" names stringing as a wish, not as a report. */
    Optional<SlicingGoal> preventedBy() {
        return Optional.ofNullable(preventedBy);
    }
}
