package dev.slicewise.adapter.llm.embedded;

import java.util.List;
import java.util.stream.Stream;

/**
 * The settings users name in their own words (the {@code setting.*} phrase groups: short names, OrcaSlicer's labels and
 * the community's words in nine languages), with the OrcaSlicer keys behind them. Names, units and limits are the
 * settings catalog's.
 */
enum Setting {
    INFILL(Kind.NAMED, List.of("sparse_infill_density")),
    LAYER_HEIGHT(Kind.NAMED, List.of("layer_height")),
    /** A bare "layer" with a layer height next to it: "layer 0.16". */
    LAYER(Kind.COMMON_WORD, List.of("layer_height")),
    /** "First layer": its height, its speed or its temperature, as the number next to it says. */
    FIRST_LAYER(Kind.COMMON_WORD, List.of("initial_layer_print_height", "initial_layer_speed",
            "nozzle_temperature_initial_layer")),
    WALLS(Kind.NAMED, List.of("wall_loops")),
    /** "Outer wall" is OrcaSlicer's label of its speed, line width and acceleration: the number's unit tells which. */
    OUTER_WALL(Kind.NAMED, List.of("outer_wall_speed", "outer_wall_line_width", "outer_wall_acceleration")),
    INNER_WALL(Kind.NAMED, List.of("inner_wall_speed", "inner_wall_line_width", "inner_wall_acceleration")),
    TOP_LAYERS(Kind.NAMED, List.of("top_shell_layers", "top_shell_thickness")),
    BOTTOM_LAYERS(Kind.NAMED, List.of("bottom_shell_layers", "bottom_shell_thickness")),
    /** Top and bottom together ("shells", "skin"): kept together, never given one number. */
    TOP_BOTTOM_LAYERS(Kind.NAMED, List.of(), "top_shell_layers", "bottom_shell_layers"),
    SUPPORTS(Kind.SWITCHED, List.of(), "enable_support"),
    /** A kind of supports ("tree supports", "normal supports"): asking for it switches supports on, of that type. */
    TREE_SUPPORTS(Kind.SWITCHED, List.of(), "support_type"),
    NORMAL_SUPPORTS(Kind.SWITCHED, List.of(), "support_type"),
    NOZZLE_TEMPERATURE(Kind.NAMED, List.of("nozzle_temperature")),
    /** A bare "nozzle": the number next to it says whether the diameter or the temperature is meant. */
    NOZZLE(Kind.NAMED, List.of("nozzle_diameter")),
    /** The bed of every plate type: a number or a direction sets them all. */
    BED_TEMPERATURE(Kind.NAMED, List.of("hot_plate_temp", "textured_plate_temp"), true),
    /** The print speed: the walls' and the sparse infill's speeds, set or moved together. */
    SPEED(Kind.NAMED, List.of("outer_wall_speed", "inner_wall_speed", "sparse_infill_speed"), true,
            "outer_wall_speed", "inner_wall_speed"),
    /** The filament's retraction: its length, or its speed when the number is one. */
    RETRACTION(Kind.NAMED, List.of("filament_retraction_length", "filament_retraction_speed")),
    /** Switched on or off ("add a brim"), or given a width ("brim 8 mm", "wider brim"). */
    BRIM(Kind.SWITCHED, List.of("brim_width"), "brim_type"),
    RAFT(Kind.SWITCHED, List.of("raft_layers")),
    SEAM(Kind.NAMED, List.of(), "seam_position"),
    IRONING(Kind.NAMED, List.of(), "ironing_type");

    /**
     * How a setting is asked for: switched on or off ("add a brim"); named by words of its own; or named by a word that
     * comes up in other talk too ("the first layer does not stick"), so that only a number or a direction next to it
     * asks for a change.
     */
    enum Kind { SWITCHED, NAMED, COMMON_WORD }

    private final Kind kind;
    private final List<String> amounts;
    private final boolean together;
    private final List<String> keys;

    /** With no keys of its own, the setting stands for its amounts. */
    Setting(Kind kind, List<String> amounts, String... keys) {
        this(kind, amounts, false, keys);
    }

    Setting(Kind kind, List<String> amounts, boolean together, String... keys) {
        this.kind = kind;
        this.amounts = amounts;
        this.together = together;
        this.keys = keys.length == 0 ? amounts : List.of(keys);
    }

    boolean switchable() {
        return kind == Kind.SWITCHED;
    }

    /** Named by a word of other talk too: it asks for a change only with a plausible number or a direction. */
    boolean commonWord() {
        return kind == Kind.COMMON_WORD;
    }

    /**
     * The keys a number next to the setting can be for, the likeliest first (its unit and plausibility choose); a
     * directional ask ("wider", "more") moves the first. Empty when the setting takes no number.
     */
    List<String> amounts() {
        return amounts;
    }

    /**
     * Whether a number or a direction applies to every amount that fits it, not only to the first: the amounts are
     * one quantity in several places ("print speed", "bed temperature").
     */
    boolean together() {
        return together;
    }

    /** The OrcaSlicer configuration keys this setting stands for (a question about it is answered with these). */
    List<String> keys() {
        return keys;
    }

    /** What "keep" keeps: the keys and the amounts ("keep the brim" keeps its type and its width). */
    List<String> kept() {
        return Stream.concat(keys.stream(), amounts.stream()).distinct().toList();
    }

    String group() {
        return "setting." + name();
    }
}
