package dev.slicewise.domain.knowledge;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user wants from a print beyond single values. The declaration order is the priority when two goals pull a
 * setting opposite ways: a later goal wins, because what a part must do (hold water, bend, be a vase) outweighs how
 * fast or how cheaply it prints.
 */
public enum SlicingGoal {
    FASTER,
    SAVE_MATERIAL,
    LESS_STRINGING,
    BETTER_ADHESION,
    OVERHANGS_AND_SUPPORTS,
    SMOOTHER_SURFACE,
    FINER_DETAIL,
    STRONGER,
    WATERTIGHT,
    FLEXIBLE_PART,
    VASE_MODE;

    /** Whether the two goals cannot both hold, so that asking for one gives up the other. Symmetric. */
    public boolean opposes(SlicingGoal other) {
        return opposites().contains(other);
    }

    private Set<SlicingGoal> opposites() {
        return switch (this) {
            case FASTER -> EnumSet.of(FINER_DETAIL, SMOOTHER_SURFACE);
            case FINER_DETAIL, SMOOTHER_SURFACE -> EnumSet.of(FASTER);
            case SAVE_MATERIAL -> EnumSet.of(STRONGER, WATERTIGHT);
            case STRONGER, WATERTIGHT -> EnumSet.of(SAVE_MATERIAL, VASE_MODE);
            case VASE_MODE -> EnumSet.of(STRONGER, WATERTIGHT);
            case LESS_STRINGING, BETTER_ADHESION, OVERHANGS_AND_SUPPORTS, FLEXIBLE_PART ->
                    EnumSet.noneOf(SlicingGoal.class);
        };
    }
}
