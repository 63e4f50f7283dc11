package dev.slicewise.bench.blind;

import dev.slicewise.domain.knowledge.SlicingGoal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static dev.slicewise.bench.blind.Direction.DOWN;
import static dev.slicewise.bench.blind.Direction.OFF;
import static dev.slicewise.bench.blind.Direction.ON;
import static dev.slicewise.bench.blind.Direction.UP;

/**
 * What serving a goal looks like in the settings, written from printing knowledge (not from the engine's rules): each
 * goal's characteristic settings and the way each must move. A recommendation serves the goal when at least one of
 * them moves that way and none moves the opposite way (FASTER: a speed up or a thicker layer, never a slower speed or a
 * thinner layer).
 *
 * <pre>
 * goal                    characteristic settings (direction)
 * FASTER                  layer_height, outer/inner wall, sparse and internal solid infill, top surface and travel
 *                         speeds, default and outer wall accelerations (up); sparse_infill_density, wall_loops (down)
 * SAVE_MATERIAL           sparse_infill_density, wall_loops, top and bottom shell layers (down); enable_support (off)
 * LESS_STRINGING          filament_retraction_length, filament_retraction_speed, travel_speed (up); nozzle_temperature
 *                         (down); reduce_crossing_wall (on)
 * BETTER_ADHESION         brim_type (on); brim_width, raft_layers, bed temperatures of the smooth and textured plates
 *                         and their first layer, nozzle_temperature_initial_layer, initial_layer_print_height,
 *                         initial_layer_line_width, close_fan_the_first_x_layers (up); initial_layer_speed (down)
 * OVERHANGS_AND_SUPPORTS  enable_support (on); support_threshold_angle, overhang_fan_speed (up); bridge_speed (down)
 * SMOOTHER_SURFACE        ironing_type (on); layer_height, outer_wall_speed, top_surface_speed, outer wall and top
 *                         surface accelerations (down)
 * FINER_DETAIL            detect_thin_wall (on); layer_height, line_width, outer_wall_line_width, outer_wall_speed,
 *                         outer_wall_acceleration (down)
 * STRONGER                wall_loops, sparse_infill_density, top and bottom shell layers and thicknesses (up)
 * WATERTIGHT              wall_loops, top and bottom shell layers, filament_flow_ratio, print_flow_ratio (up)
 * FLEXIBLE_PART           sparse_infill_density, wall_loops, outer/inner wall and sparse infill speeds,
 *                         filament_max_volumetric_speed, filament_retraction_length (down)
 * VASE_MODE               spiral_mode (on)
 * </pre>
 */
final class GoalTable {

    record Characteristic(String key, Direction direction) {
    }

    enum Verdict { SERVED, NOT_MOVED, OPPOSED }

    private static final Map<SlicingGoal, List<Characteristic>> TABLE = new EnumMap<>(Map.ofEntries(
            Map.entry(SlicingGoal.FASTER, List.of(
                    up("layer_height"), up("outer_wall_speed"), up("inner_wall_speed"), up("sparse_infill_speed"),
                    up("internal_solid_infill_speed"), up("top_surface_speed"), up("travel_speed"),
                    up("default_acceleration"), up("outer_wall_acceleration"),
                    down("sparse_infill_density"), down("wall_loops"))),
            Map.entry(SlicingGoal.SAVE_MATERIAL, List.of(
                    down("sparse_infill_density"), down("wall_loops"), down("top_shell_layers"),
                    down("bottom_shell_layers"), new Characteristic("enable_support", OFF))),
            Map.entry(SlicingGoal.LESS_STRINGING, List.of(
                    up("filament_retraction_length"), up("filament_retraction_speed"), up("travel_speed"),
                    down("nozzle_temperature"), new Characteristic("reduce_crossing_wall", ON))),
            Map.entry(SlicingGoal.BETTER_ADHESION, List.of(
                    new Characteristic("brim_type", ON), up("brim_width"), up("raft_layers"),
                    up("hot_plate_temp"), up("hot_plate_temp_initial_layer"), up("textured_plate_temp"),
                    up("textured_plate_temp_initial_layer"), up("nozzle_temperature_initial_layer"),
                    up("initial_layer_print_height"), up("initial_layer_line_width"),
                    up("close_fan_the_first_x_layers"), down("initial_layer_speed"))),
            Map.entry(SlicingGoal.OVERHANGS_AND_SUPPORTS, List.of(
                    new Characteristic("enable_support", ON), up("support_threshold_angle"), up("overhang_fan_speed"),
                    down("bridge_speed"))),
            Map.entry(SlicingGoal.SMOOTHER_SURFACE, List.of(
                    new Characteristic("ironing_type", ON), down("layer_height"), down("outer_wall_speed"),
                    down("top_surface_speed"), down("outer_wall_acceleration"), down("top_surface_acceleration"))),
            Map.entry(SlicingGoal.FINER_DETAIL, List.of(
                    new Characteristic("detect_thin_wall", ON), down("layer_height"), down("line_width"),
                    down("outer_wall_line_width"), down("outer_wall_speed"), down("outer_wall_acceleration"))),
            Map.entry(SlicingGoal.STRONGER, List.of(
                    up("wall_loops"), up("sparse_infill_density"), up("top_shell_layers"), up("bottom_shell_layers"),
                    up("top_shell_thickness"), up("bottom_shell_thickness"))),
            Map.entry(SlicingGoal.WATERTIGHT, List.of(
                    up("wall_loops"), up("top_shell_layers"), up("bottom_shell_layers"), up("filament_flow_ratio"),
                    up("print_flow_ratio"))),
            Map.entry(SlicingGoal.FLEXIBLE_PART, List.of(
                    down("sparse_infill_density"), down("wall_loops"), down("outer_wall_speed"),
                    down("inner_wall_speed"), down("sparse_infill_speed"), down("filament_max_volumetric_speed"),
                    down("filament_retraction_length"))),
            Map.entry(SlicingGoal.VASE_MODE, List.of(new Characteristic("spiral_mode", ON)))));

    static {
        for (SlicingGoal goal : SlicingGoal.values()) {
            if (!TABLE.containsKey(goal)) {
                throw new IllegalStateException("the goal table lacks " + goal);
            }
        }
    }

    private GoalTable() {
    }

    /**
     * Judges a recommendation against a goal; {@code before} and {@code after} give a setting's value in the user's
     * profiles and once the recommendation is applied.
     */
    static Verdict judge(SlicingGoal goal, Function<String, Optional<String>> before,
                         Function<String, Optional<String>> after) {
        boolean served = false;
        for (Characteristic c : TABLE.get(goal)) {
            Optional<String> from = before.apply(c.key());
            Optional<String> to = after.apply(c.key());
            if (c.direction().opposite().map(o -> o.moved(from, to, Optional.empty())).orElse(false)) {
                return Verdict.OPPOSED;
            }
            served |= c.direction().moved(from, to, Optional.empty());
        }
        return served ? Verdict.SERVED : Verdict.NOT_MOVED;
    }

    private static Characteristic up(String key) {
        return new Characteristic(key, UP);
    }

    private static Characteristic down(String key) {
        return new Characteristic(key, DOWN);
    }
}
