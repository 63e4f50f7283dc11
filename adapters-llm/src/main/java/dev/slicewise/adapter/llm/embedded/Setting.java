package dev.slicewise.adapter.llm.embedded;

import java.util.List;

/**
 * The settings users name in their own words (the {@code setting.*} phrase groups), with the OrcaSlicer keys behind
 * them. Names, units and limits are the settings catalog's.
 */
enum Setting {
    INFILL(Change.NUMBER, "sparse_infill_density"),
    LAYER_HEIGHT(Change.NUMBER, "layer_height"),
    WALLS(Change.NUMBER, "wall_loops"),
    SUPPORTS(Change.ON_OFF, "enable_support"),
    /** A kind of supports ("tree supports", "normal supports"): asking for it switches supports on, of that type. */
    TREE_SUPPORTS(Change.ON_OFF, "support_type"),
    NORMAL_SUPPORTS(Change.ON_OFF, "support_type"),
    NOZZLE_TEMPERATURE(Change.NUMBER, "nozzle_temperature"),
    /** A bare "nozzle": the number next to it says whether the diameter or the temperature is meant. */
    NOZZLE(Change.NUMBER, "nozzle_diameter"),
    BED_TEMPERATURE(Change.NONE, "hot_plate_temp", "textured_plate_temp"),
    SPEED(Change.NONE, "outer_wall_speed", "inner_wall_speed"),
    BRIM(Change.ON_OFF, "brim_type"),
    RAFT(Change.ON_OFF, "raft_layers"),
    TOP_BOTTOM_LAYERS(Change.NONE, "top_shell_layers", "bottom_shell_layers"),
    SEAM(Change.NONE, "seam_position"),
    IRONING(Change.NONE, "ironing_type");

    /** How a user can ask for a value of this setting. */
    enum Change { NUMBER, ON_OFF, NONE }

    private final Change change;
    private final List<String> keys;

    Setting(Change change, String... keys) {
        this.change = change;
        this.keys = List.of(keys);
    }

    Change change() {
        return change;
    }

    /** The OrcaSlicer configuration keys this setting stands for. */
    List<String> keys() {
        return keys;
    }

    String group() {
        return "setting." + name();
    }
}
