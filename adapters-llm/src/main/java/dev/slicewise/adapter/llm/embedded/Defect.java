package dev.slicewise.adapter.llm.embedded;

/** The print defects the embedded assistant recognises in a report. */
enum Defect {
    STRINGING, WARPING, BED_ADHESION, LAYER_SHIFT, UNDER_EXTRUSION, SPAGHETTI;

    String group() {
        return "defect." + name();
    }
}
