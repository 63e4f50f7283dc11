package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.conversation.Language;

/** Something to do at the printer rather than in the slicer. */
public enum PhysicalAction {
    DRY_FILAMENT, STORE_DRY, CLEAN_BED, ADJUST_Z_OFFSET, CLOSE_ENCLOSURE, CALIBRATE_FLOW, COLD_PULL, CHECK_NOZZLE,
    TIGHTEN_BELTS, STABLE_SURFACE, CLEAN_LEAD_SCREW, CHECK_HOTEND_FAN, OPEN_LID, CHECK_EXTRUDER, CHECK_SPOOL;

    /** Whether this is work on the printer's hardware, where the maker's support can help with parts and repairs. */
    public boolean isRepair() {
        return switch (this) {
            case CHECK_NOZZLE, TIGHTEN_BELTS, CLEAN_LEAD_SCREW, CHECK_HOTEND_FAN, CHECK_EXTRUDER -> true;
            default -> false;
        };
    }

    /** What to do and why, in one or two sentences. */
    public String text(Language language) {
        return DefectTexts.TEXTS.text(language, "action." + name());
    }
}
