package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small process and filament presets shaped like the Elegoo Centauri Carbon's (see the shared fixtures), for tests
 * that need to see every value they depend on.
 */
final class Setups {

    static final String STANDARD = "0.20mm Standard";
    static final String STRENGTH = "0.20mm Strength";
    static final String FINE = "0.12mm Fine";
    static final String OPTIMAL = "0.16mm Optimal";
    static final String DRAFT = "0.24mm Draft";
    static final String EXTRA_DRAFT = "0.28mm Extra Draft";

    private static final Map<String, String> BASE = Map.ofEntries(
            Map.entry("layer_height", "0.2"), Map.entry("wall_loops", "2"), Map.entry("sparse_infill_density", "15%"),
            Map.entry("sparse_infill_pattern", "zig-zag"), Map.entry("top_shell_layers", "5"),
            Map.entry("bottom_shell_layers", "3"), Map.entry("outer_wall_speed", "160"),
            Map.entry("inner_wall_speed", "200"), Map.entry("sparse_infill_speed", "200"),
            Map.entry("line_width", "0.42"), Map.entry("inner_wall_line_width", "0.45"),
            Map.entry("sparse_infill_line_width", "0.45"), Map.entry("initial_layer_speed", "50"),
            Map.entry("brim_width", "5"), Map.entry("enable_support", "0"), Map.entry("support_type", "normal(auto)"),
            Map.entry("support_threshold_angle", "30"), Map.entry("ironing_type", "no ironing"),
            Map.entry("wall_generator", "classic"), Map.entry("print_flow_ratio", "1"),
            Map.entry("reduce_crossing_wall", "0"), Map.entry("spiral_mode", "0"));

    private Setups() {
    }

    static SlicingProfiles pla() {
        return profiles(pla(true), Map.of());
    }

    static SlicingProfiles profiles(Preset filament, Map<String, String> processOverrides) {
        return profiles(filament, STANDARD, processOverrides);
    }

    static SlicingProfiles profiles(Preset filament, String selectedProcess, Map<String, String> processOverrides) {
        Map<String, ConfigValue> overrides = new HashMap<>();
        processOverrides.forEach((key, value) -> overrides.put(key, new ConfigValue.Scalar(value)));
        List<Preset> processes = List.of(
                process(STANDARD, selectedProcess, Map.of()),
                process(STRENGTH, selectedProcess, Map.of("wall_loops", "6", "top_shell_layers", "6",
                        "bottom_shell_layers", "5", "sparse_infill_density", "20%", "outer_wall_speed", "120")),
                process(FINE, selectedProcess, Map.of("layer_height", "0.12", "wall_loops", "3")),
                process(OPTIMAL, selectedProcess, Map.of("layer_height", "0.16")),
                process(DRAFT, selectedProcess, Map.of("layer_height", "0.24")),
                process(EXTRA_DRAFT, selectedProcess, Map.of("layer_height", "0.28")));
        return new SlicingProfiles(List.of(filament), processes, Map.of(), overrides);
    }

    static Preset pla(boolean selected) {
        return filament("PLA", selected, Map.of("nozzle_temperature", "210", "nozzle_temperature_initial_layer", "210",
                "hot_plate_temp_initial_layer", "60", "textured_plate_temp_initial_layer", "60",
                "filament_max_volumetric_speed", "21", "filament_retraction_length", "nil"));
    }

    /** PLA on a high-flow hotend: the flow does not cap the speeds. */
    static Preset highFlowPla() {
        return filament("PLA", true, Map.of("nozzle_temperature", "210", "filament_max_volumetric_speed", "40"));
    }

    static Preset petg() {
        return filament("PETG", true, Map.of("nozzle_temperature", "240", "nozzle_temperature_initial_layer", "240",
                "hot_plate_temp_initial_layer", "70", "textured_plate_temp_initial_layer", "70",
                "filament_max_volumetric_speed", "8", "filament_retraction_length", "nil"));
    }

    static Preset tpu() {
        return filament("TPU", true, Map.of("nozzle_temperature", "225", "filament_max_volumetric_speed", "3.2",
                "filament_retraction_length", "0.4", "filament_retraction_speed", "nil"));
    }

    private static Preset filament(String type, boolean selected, Map<String, String> values) {
        Map<String, ConfigValue> config = new HashMap<>();
        config.put("filament_type", new ConfigValue.PerExtruder(List.of(type)));
        values.forEach((key, value) -> config.put(key, new ConfigValue.PerExtruder(List.of(value))));
        return new Preset("Generic " + type, selected, config);
    }

    private static Preset process(String name, String selected, Map<String, String> differences) {
        Map<String, ConfigValue> config = new HashMap<>();
        BASE.forEach((key, value) -> config.put(key, new ConfigValue.Scalar(value)));
        differences.forEach((key, value) -> config.put(key, new ConfigValue.Scalar(value)));
        config.put("name", new ConfigValue.Scalar(name));
        return new Preset(name, name.equals(selected), config);
    }
}
