package dev.slicewise.adapter.llm.embedded;

import java.util.List;

/** The settings the embedded assistant can read, and for some change on request, with the OrcaSlicer keys behind them. */
enum Setting {
    INFILL(Change.NUMBER, Unit.NONE, "sparse_infill_density"),
    LAYER_HEIGHT(Change.NUMBER, Unit.MILLIMETRES, "layer_height"),
    WALLS(Change.NUMBER, Unit.NONE, "wall_loops"),
    SUPPORTS(Change.ON_OFF, Unit.ON_OFF, "enable_support"),
    NOZZLE_TEMPERATURE(Change.NUMBER, Unit.CELSIUS, "nozzle_temperature"),
    BED_TEMPERATURE(Change.NONE, Unit.CELSIUS, "hot_plate_temp"),
    SPEED(Change.NONE, Unit.MILLIMETRES_PER_SECOND, "outer_wall_speed", "inner_wall_speed"),
    BRIM(Change.ON_OFF, Unit.NONE, "brim_type"),
    TOP_BOTTOM_LAYERS(Change.NONE, Unit.NONE, "top_shell_layers", "bottom_shell_layers"),
    SEAM(Change.NONE, Unit.NONE, "seam_position"),
    IRONING(Change.NONE, Unit.NONE, "ironing_type");

    /** How a user can ask for a value of this setting. */
    enum Change { NUMBER, ON_OFF, NONE }

    /** How the setting's values read to a user. */
    enum Unit {
        NONE(""), MILLIMETRES(" mm"), CELSIUS(" °C"), MILLIMETRES_PER_SECOND(" mm/s"), ON_OFF("");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }

        String suffix() {
            return suffix;
        }
    }

    private final Change change;
    private final Unit unit;
    private final List<String> keys;

    Setting(Change change, Unit unit, String... keys) {
        this.change = change;
        this.unit = unit;
        this.keys = List.of(keys);
    }

    Change change() {
        return change;
    }

    Unit unit() {
        return unit;
    }

    /** The OrcaSlicer configuration keys this setting stands for. */
    List<String> keys() {
        return keys;
    }

    String group() {
        return "setting." + name();
    }
}
