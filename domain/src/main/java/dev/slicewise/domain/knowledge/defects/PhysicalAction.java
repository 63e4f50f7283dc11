package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.conversation.Language;

/** Something to do at the printer rather than in the slicer. */
public enum PhysicalAction {
    DRY_FILAMENT, STORE_DRY, CLEAN_BED, ADJUST_Z_OFFSET, CLOSE_ENCLOSURE, CALIBRATE_FLOW, COLD_PULL, CHECK_NOZZLE,
    TIGHTEN_BELTS, STABLE_SURFACE, CLEAN_LEAD_SCREW, CHECK_HOTEND_FAN, OPEN_LID, CHECK_EXTRUDER, CHECK_SPOOL;

    /** What to do and why, in one or two sentences. */
    public String text(Language language) {
        return DefectTexts.TEXTS.text(language, "action." + name());
    }
}
