package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.knowledge.SlicingGoal;

import java.util.Optional;

/**
 * The print defects the phrase tables recognise in a report, in the nine languages, for the intent rules; each is one
 * of the domain's defects, whose knowledge the troubleshooting uses.
 */
enum Defect {
    STRINGING(SlicingGoal.LESS_STRINGING, dev.slicewise.domain.knowledge.defects.Defect.STRINGING),
    WARPING(SlicingGoal.BETTER_ADHESION, dev.slicewise.domain.knowledge.defects.Defect.WARPING),
    BED_ADHESION(SlicingGoal.BETTER_ADHESION, dev.slicewise.domain.knowledge.defects.Defect.POOR_FIRST_LAYER_ADHESION),
    LAYER_SHIFT(null, dev.slicewise.domain.knowledge.defects.Defect.LAYER_SHIFT),
    UNDER_EXTRUSION(null, dev.slicewise.domain.knowledge.defects.Defect.UNDER_EXTRUSION),
    SPAGHETTI(null, dev.slicewise.domain.knowledge.defects.Defect.DETACHED_PRINT);

    private final SlicingGoal preventedBy;
    private final dev.slicewise.domain.knowledge.defects.Defect knowledge;

    Defect(SlicingGoal preventedBy, dev.slicewise.domain.knowledge.defects.Defect knowledge) {
        this.preventedBy = preventedBy;
        this.knowledge = knowledge;
    }

    String group() {
        return "defect." + name();
    }

    /** The goal that prevents the defect: "less stringing" names stringing as a wish, not as a report. */
    Optional<SlicingGoal> preventedBy() {
        return Optional.ofNullable(preventedBy);
    }

    /** The domain's defect this is. */
    dev.slicewise.domain.knowledge.defects.Defect knowledge() {
        return knowledge;
    }
}
