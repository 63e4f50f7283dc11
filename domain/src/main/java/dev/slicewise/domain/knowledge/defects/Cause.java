package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.conversation.Language;

/** Why a defect happens; the same cause can be behind several defects. Its fix is in {@code fixes.tsv}. */
public enum Cause {
    NOZZLE_TOO_HOT, NOZZLE_TOO_COLD, TOO_LITTLE_RETRACTION, TOO_MUCH_RETRACTION, WET_FILAMENT, LONG_TRAVELS,
    BED_NOT_CLEAN, NOZZLE_TOO_FAR, FIRST_LAYER_SQUISHED, FIRST_LAYER_TOO_FAST, BED_TOO_COLD, BED_TOO_HOT, NO_BRIM,
    DRAFTS, TOO_MUCH_COOLING, TOO_LITTLE_COOLING, FLOW_TOO_LOW, FLOW_TOO_HIGH, MELT_RATE_EXCEEDED, PARTIAL_CLOG,
    EXTRUDER_SLIPPING, MOVES_TOO_FAST, LOOSE_BELTS, NOZZLE_HITS_PRINT, MISSING_SUPPORT, NO_FOOT_COMPENSATION,
    RINGING, FRAME_WOBBLE, Z_AXIS_MECHANICS, SEAM_SCATTERED, NO_WIPE, FEW_TOP_LAYERS, SPARSE_INFILL_UNDER_TOP,
    SUPPORT_TOO_CLOSE, BRIDGE_SETTINGS, OVERHANG_TOO_FAST, SEAM_POSITION, HOTEND_COOLING_WEAK, WARM_CHAMBER;

    /** The cause and what its fix does, in one or two sentences; also the explanation of its setting changes. */
    public String text(Language language) {
        return DefectTexts.TEXTS.text(language, "cause." + name());
    }
}
