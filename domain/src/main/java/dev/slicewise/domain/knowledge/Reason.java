package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.conversation.Language;

/** Why a setting is advised, one reason per change; the texts are in the {@code knowledge} bundles. */
public enum Reason {
    /** The user asked for this value. */
    ASKED,
    /** The user asked to turn this on. */
    ASKED_ON,
    /** The user asked to turn this off. */
    ASKED_OFF,
    /** The user asked for more of this setting ("wider brim"): one step up. */
    ASKED_MORE,
    /** The user asked for less of this setting ("slower outer wall"): one step down. */
    ASKED_LESS,
    /** The user's own edit, restated because switching presets drops the edits to the process. */
    KEPT_MANUAL,

    MORE_WALLS, MORE_INFILL, STRONG_INFILL_PATTERN, MORE_SHELLS, HOTTER_FOR_BONDING,
    LAYER_FASTER, FEWER_WALLS_FASTER, LESS_INFILL_FASTER, FAST_INFILL_PATTERN, FASTER_SPEED,
    LAYER_FINER, SLOWER_OUTER_WALL, ARACHNE_FOR_DETAIL,
    LAYER_SMOOTHER, IRONING, SMOOTHER_OUTER_WALL,
    SUPPORT_FOR_OVERHANGS, TREE_SUPPORT, SUPPORT_ANGLE, PETG_SUPPORT_GAP,
    BRIM, BRIM_WIDTH, SLOW_FIRST_LAYER, HOTTER_FIRST_LAYER, WARMER_FIRST_LAYER_BED,
    VASE_SPIRAL, VASE_ONE_WALL, VASE_NO_INFILL, VASE_OPEN_TOP,
    LESS_INFILL_SAVES, LIGHTNING_INFILL, FEWER_WALLS_SAVES, TREE_SAVES_MATERIAL,
    SLOW_FOR_FLEX, LOW_FLOW_FOR_FLEX, LOW_RETRACTION_FOR_FLEX, LESS_INFILL_FLEX, FEWER_WALLS_FLEX,
    MORE_WALLS_SEAL, MORE_SHELLS_SEAL, MORE_INFILL_SEAL, MORE_FLOW_SEAL, HOTTER_TO_SEAL,
    COOLER_LESS_STRINGING, MORE_RETRACTION, FASTER_RETRACTION, AVOID_CROSSING_WALLS,
    MATERIAL_TEMPERATURE, MATERIAL_RANGE;

    /** The reason in words: {@code {0}} is the advised value with its unit, {@code {1}} the filament's material. */
    public String text(Language language, String value, String material) {
        return Knowledge.TEXTS.text(language, "reason." + name(), value, material);
    }
}
