package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a material tends to misbehave ({@code traits.tsv}): whether it strings, absorbs water, warps, bonds to its own
 * supports, or softens early enough to creep up the heat break, and its typical retraction on a direct-drive extruder.
 */
record MaterialTraits(boolean strings, boolean absorbsWater, boolean warps, boolean sticks, boolean creeps,
                      Optional<BigDecimal> typicalRetraction) {

    /** An unknown material: no tendency is assumed. */
    static final MaterialTraits UNKNOWN = new MaterialTraits(false, false, false, false, false, Optional.empty());

    MaterialTraits {
        Require.present(typicalRetraction, "typicalRetraction");
    }
}
