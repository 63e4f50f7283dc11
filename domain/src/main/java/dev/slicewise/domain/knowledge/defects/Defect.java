package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.conversation.Language;

/** A common FDM print defect; its symptoms, questions and causes are in {@code defects.tsv} and {@code causes.tsv}. */
public enum Defect {
    STRINGING, WARPING, POOR_FIRST_LAYER_ADHESION, UNDER_EXTRUSION, OVER_EXTRUSION, LAYER_SHIFT,
    DETACHED_PRINT, CLOGGED_NOZZLE, ELEPHANT_FOOT, GHOSTING, Z_BANDING, BLOBS_AND_ZITS, TOP_LAYER_GAPS,
    WEAK_LAYER_ADHESION, HARD_TO_REMOVE_SUPPORTS, SAGGING_BRIDGES, CURLING_OVERHANGS, VISIBLE_SEAMS, HEAT_CREEP,
    WET_FILAMENT;

    /** The defect as a user would name it: "stringing". */
    public String text(Language language) {
        return DefectTexts.TEXTS.text(language, "defect." + name());
    }
}
