package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.NumericRange;
import dev.slicewise.domain.catalog.SettingsCatalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The printing knowledge behind each goal, as rules on OrcaSlicer settings. Intensity 1 is what an experienced user
 * would do first; 2 and 3 go further. Temperatures move only within the filament's material range, so a material
 * Slicewise does not know keeps its temperatures.
 */
final class GoalRules {

    private static final Set<String> STRONG_PATTERNS = Set.of("gyroid", "cubic", "adaptivecubic", "grid",
            "triangles", "tri-hexagon", "3dhoneycomb", "honeycomb", "supportcubic", "crosshatch");
    private static final Set<String> FAST_PATTERNS = Set.of("zig-zag", "grid", "line", "alignedrectilinear", "cubic",
            "adaptivecubic", "triangles", "tri-hexagon", "lightning", "crosshatch", "supportcubic");
    private static final Set<String> TREE_OR_PAINTED = Set.of("tree(auto)", "tree(manual)", "normal(manual)");
    private static final Set<String> IRONED = Set.of("top", "topmost", "solid");
    private static final Set<String> REAL_BRIMS = Set.of("outer_only", "inner_only", "outer_and_inner", "brim_ears");
    /** Materials whose layers bond less well than PLA's, so heat helps their strength. */
    private static final Material[] WEAK_BONDING = {Material.PETG, Material.PETG_CF, Material.ABS, Material.ASA,
            Material.PA, Material.PC};
    private static final Material[] WARPING = {Material.ABS, Material.ASA, Material.PA, Material.PC};
    private static final BigDecimal LAYER_STEP = new BigDecimal("0.04");
    private static final BigDecimal SPEED_STEP = new BigDecimal("5");
    private static final BigDecimal WIDTH_OF_NOZZLE = new BigDecimal("1.05");
    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");

    private final SettingsCatalog catalog;

    GoalRules(SettingsCatalog catalog) {
        this.catalog = catalog;
    }

    List<Rule> rules(SlicingGoal goal, int intensity, Situation situation) {
        int level = Math.clamp(intensity, 1, Goals.MAX_INTENSITY) - 1;
        return switch (goal) {
            case STRONGER -> stronger(level, situation);
            case FASTER -> faster(level, situation);
            case FINER_DETAIL -> finer(situation, Reason.LAYER_FINER,
                    Rule.atMost("outer_wall_speed", pick(level, "120", "80", "60"), Reason.SLOWER_OUTER_WALL),
                    Rule.exactly("wall_generator", "arachne", Reason.ARACHNE_FOR_DETAIL));
            case SMOOTHER_SURFACE -> finer(situation, Reason.LAYER_SMOOTHER,
                    Rule.atMost("outer_wall_speed", pick(level, "120", "100", "80"), Reason.SMOOTHER_OUTER_WALL),
                    Rule.oneOf("ironing_type", IRONED, "top", Reason.IRONING));
            case OVERHANGS_AND_SUPPORTS -> supports(level, situation);
            case BETTER_ADHESION -> adhesion(level, situation);
            case VASE_MODE -> List.of(
                    Rule.exactly("spiral_mode", "1", Reason.VASE_SPIRAL),
                    Rule.exactly("wall_loops", "1", Reason.VASE_ONE_WALL),
                    Rule.exactly("sparse_infill_density", "0%", Reason.VASE_NO_INFILL),
                    Rule.exactly("top_shell_layers", "0", Reason.VASE_OPEN_TOP));
            case SAVE_MATERIAL -> saveMaterial(level, situation);
            case FLEXIBLE_PART -> situation.materialIs(Material.TPU) ? flexible(level) : lessRigid(level, situation);
            case WATERTIGHT -> watertight(level, situation);
            case LESS_STRINGING -> lessStringing(level, situation);
        };
    }

    private List<Rule> stronger(int level, Situation situation) {
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.atLeast("wall_loops", pick(level, "4", "5", "6"), Reason.MORE_WALLS),
                Rule.atLeast("sparse_infill_density", pick(level, "25", "30", "40"), Reason.MORE_INFILL),
                Rule.oneOf("sparse_infill_pattern", STRONG_PATTERNS, "gyroid", Reason.STRONG_INFILL_PATTERN),
                Rule.atLeast("top_shell_layers", pick(level, "6", "7", "8"), Reason.MORE_SHELLS),
                Rule.atLeast("bottom_shell_layers", pick(level, "4", "5", "6"), Reason.MORE_SHELLS)));
        if (situation.materialIs(WEAK_BONDING)) {
            hotter("nozzle_temperature", 5 * (level + 1), Reason.HOTTER_FOR_BONDING, situation).ifPresent(rules::add);
        }
        return rules;
    }

    private static List<Rule> faster(int level, Situation situation) {
        List<Rule> rules = new ArrayList<>();
        Optional<BigDecimal> coarser = coarserLayer(situation);
        coarser.ifPresent(height -> rules.add(Rule.atLeast("layer_height", height, Reason.LAYER_FASTER)));
        rules.add(Rule.atMost("wall_loops", "2", Reason.FEWER_WALLS_FASTER));
        rules.add(Rule.atMost("sparse_infill_density", pick(level, "15", "10", "10"), Reason.LESS_INFILL_FASTER));
        rules.add(Rule.oneOf("sparse_infill_pattern", FAST_PATTERNS, "grid", Reason.FAST_INFILL_PATTERN));
        fasterSpeed("inner_wall_speed", "inner_wall_line_width", level, coarser, situation).ifPresent(rules::add);
        fasterSpeed("sparse_infill_speed", "sparse_infill_line_width", level, coarser, situation).ifPresent(rules::add);
        return rules;
    }

    /** Finer detail and smoother surfaces: thinner layers, a slower outer wall, and a rule of their own. */
    private static List<Rule> finer(Situation situation, Reason layerReason, Rule outerWall, Rule own) {
        List<Rule> rules = new ArrayList<>();
        finerLayer(situation).ifPresent(height -> rules.add(Rule.atMost("layer_height", height, layerReason)));
        rules.add(outerWall);
        rules.add(own);
        return rules;
    }

    private static List<Rule> supports(int level, Situation situation) {
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.exactly("enable_support", "1", Reason.SUPPORT_FOR_OVERHANGS),
                Rule.oneOf("support_type", TREE_OR_PAINTED, "tree(auto)", Reason.TREE_SUPPORT),
                Rule.atLeast("support_threshold_angle", pick(level, "30", "35", "40"), Reason.SUPPORT_ANGLE)));
        if (situation.materialIs(Material.PETG, Material.PETG_CF)) {
            rules.add(Rule.atLeast("support_top_z_distance", "0.25", Reason.PETG_SUPPORT_GAP));
        }
        return rules;
    }

    private List<Rule> adhesion(int level, Situation situation) {
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.oneOf("brim_type", REAL_BRIMS, "outer_only", Reason.BRIM),
                Rule.atLeast("brim_width", situation.materialIs(WARPING)
                        ? pick(level, "8", "10", "12") : pick(level, "5", "8", "10"), Reason.BRIM_WIDTH),
                Rule.atMost("initial_layer_speed", pick(level, "40", "30", "20"), Reason.SLOW_FIRST_LAYER)));
        hotter("nozzle_temperature_initial_layer", 5, Reason.HOTTER_FIRST_LAYER, situation).ifPresent(rules::add);
        for (String bed : List.of("hot_plate_temp_initial_layer", "textured_plate_temp_initial_layer")) {
            hotter(bed, 5 * (level + 1), Reason.WARMER_FIRST_LAYER_BED, situation).ifPresent(rules::add);
        }
        return rules;
    }

    private static List<Rule> saveMaterial(int level, Situation situation) {
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.atMost("sparse_infill_density", pick(level, "10", "8", "5"), Reason.LESS_INFILL_SAVES),
                Rule.exactly("sparse_infill_pattern", "lightning", Reason.LIGHTNING_INFILL),
                Rule.atMost("wall_loops", "2", Reason.FEWER_WALLS_SAVES)));
        if (situation.plan().isOn("enable_support")) {
            rules.add(Rule.oneOf("support_type", TREE_OR_PAINTED, "tree(auto)", Reason.TREE_SAVES_MATERIAL));
        }
        return rules;
    }

    /** TPU: slow, gentle on the extruder, little retraction, little infill so the part stays soft. */
    private static List<Rule> flexible(int level) {
        List<Rule> rules = new ArrayList<>();
        for (String speed : List.of("outer_wall_speed", "top_surface_speed")) {
            rules.add(Rule.atMost(speed, "25", Reason.SLOW_FOR_FLEX));
        }
        for (String speed : List.of("inner_wall_speed", "sparse_infill_speed", "internal_solid_infill_speed")) {
            rules.add(Rule.atMost(speed, "30", Reason.SLOW_FOR_FLEX));
        }
        rules.add(Rule.atMost("initial_layer_speed", "15", Reason.SLOW_FOR_FLEX));
        rules.add(Rule.atMost("filament_max_volumetric_speed", pick(level, "3.5", "3", "2.5"),
                Reason.LOW_FLOW_FOR_FLEX));
        rules.add(Rule.atMost("filament_retraction_length", "0.5", Reason.LOW_RETRACTION_FOR_FLEX));
        rules.add(Rule.atMost("filament_retraction_speed", "25", Reason.LOW_RETRACTION_FOR_FLEX));
        rules.add(Rule.atMost("sparse_infill_density", pick(level, "15", "10", "10"), Reason.LESS_INFILL_FLEX));
        return rules;
    }

    /**
     * A part that should bend, in a stiff material: no setting makes PLA flexible, but fewer walls and less infill let
     * it give more before it breaks, and a hotter nozzle (within the material's range) bonds its layers, where it
     * cracks when bent. The remark says which filament would flex.
     */
    private List<Rule> lessRigid(int level, Situation situation) {
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.atMost("wall_loops", "2", Reason.FEWER_WALLS_FLEX),
                Rule.atMost("sparse_infill_density", pick(level, "10", "8", "5"), Reason.LESS_INFILL_FLEX)));
        hotter("nozzle_temperature", 5 * (level + 1), Reason.HOTTER_FOR_BONDING, situation).ifPresent(rules::add);
        return rules;
    }

    private List<Rule> watertight(int level, Situation situation) {
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.atLeast("wall_loops", pick(level, "4", "5", "6"), Reason.MORE_WALLS_SEAL),
                Rule.atLeast("top_shell_layers", pick(level, "6", "7", "8"), Reason.MORE_SHELLS_SEAL),
                Rule.atLeast("bottom_shell_layers", pick(level, "5", "6", "7"), Reason.MORE_SHELLS_SEAL),
                Rule.atLeast("sparse_infill_density", pick(level, "40", "100", "100"), Reason.MORE_INFILL_SEAL),
                Rule.atLeast("print_flow_ratio", pick(level, "1.03", "1.05", "1.05"), Reason.MORE_FLOW_SEAL)));
        hotter("nozzle_temperature", 5, Reason.HOTTER_TO_SEAL, situation).ifPresent(rules::add);
        return rules;
    }

    private List<Rule> lessStringing(int level, Situation situation) {
        List<Rule> rules = new ArrayList<>();
        cooler("nozzle_temperature", 5 * (level + 1), Reason.COOLER_LESS_STRINGING, situation).ifPresent(rules::add);
        if (!situation.materialIs(Material.TPU)) {
            String length = situation.materialIs(Material.PETG, Material.PETG_CF)
                    ? pick(level, "1.2", "1.5", "1.8") : pick(level, "1", "1.2", "1.5");
            rules.add(Rule.atLeast("filament_retraction_length", length, Reason.MORE_RETRACTION));
            rules.add(Rule.atLeast("filament_retraction_speed", "40", Reason.FASTER_RETRACTION));
        }
        rules.add(Rule.exactly("reduce_crossing_wall", "1", Reason.AVOID_CROSSING_WALLS));
        return rules;
    }

    List<Remark> remarks(SlicingGoal goal, Situation situation) {
        return switch (goal) {
            case LESS_STRINGING -> List.of(Remark.DRY_FILAMENT);
            case FLEXIBLE_PART -> situation.materialIs(Material.TPU) ? List.of() : List.of(Remark.FLEXIBLE_NEEDS_TPU);
            case FASTER, SAVE_MATERIAL, BETTER_ADHESION, OVERHANGS_AND_SUPPORTS, SMOOTHER_SURFACE, FINER_DETAIL,
                 STRONGER, WATERTIGHT, VASE_MODE -> List.of();
        };
    }

    private static String pick(int level, String... values) {
        return values[level];
    }

    /** A thinner layer when no preset switch settles it: 0.04 mm less, not below a quarter of the nozzle. */
    private static Optional<BigDecimal> finerLayer(Situation situation) {
        if (situation.layerSettled()) {
            return Optional.empty();
        }
        BigDecimal finest = situation.nozzle().layerHeights().min().setScale(2, RoundingMode.CEILING);
        return situation.plan().number("layer_height")
                .map(current -> current.subtract(LAYER_STEP).max(finest))
                .filter(height -> situation.plan().number("layer_height").orElseThrow().compareTo(height) > 0);
    }

    /** A thicker layer when no preset switch settles it: 0.04 mm more, not above three quarters of the nozzle. */
    private static Optional<BigDecimal> coarserLayer(Situation situation) {
        if (situation.layerSettled()) {
            return Optional.empty();
        }
        BigDecimal coarsest = situation.nozzle().layerHeights().max().setScale(2, RoundingMode.FLOOR);
        return situation.plan().number("layer_height")
                .map(current -> current.add(LAYER_STEP).min(coarsest))
                .filter(height -> situation.plan().number("layer_height").orElseThrow().compareTo(height) < 0);
    }

    /**
     * A feature's speed up by 10% per intensity, rounded down to 5 mm/s, but never faster than the filament's maximum
     * volumetric speed allows at this layer height and line width (the slicer would slow it down anyway).
     */
    private static Optional<Rule> fasterSpeed(String speedKey, String widthKey, int level,
                                              Optional<BigDecimal> plannedLayer, Situation situation) {
        Plan plan = situation.plan();
        Optional<BigDecimal> current = plan.number(speedKey);
        Optional<BigDecimal> flow = plan.number("filament_max_volumetric_speed");
        Optional<BigDecimal> layer = plannedLayer.or(() -> plan.number("layer_height"));
        if (current.isEmpty() || flow.isEmpty() || layer.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal width = plan.number(widthKey).or(() -> plan.number("line_width"))
                .orElse(situation.nozzle().diameter().multiply(WIDTH_OF_NOZZLE));
        BigDecimal cap = flow.get().divide(layer.get().multiply(width), 0, RoundingMode.FLOOR);
        BigDecimal factor = BigDecimal.ONE.add(TEN_PERCENT.multiply(BigDecimal.valueOf(level + 1)));
        BigDecimal wanted = current.get().multiply(factor);
        BigDecimal target = roundDown(wanted.min(cap));
        return target.compareTo(current.get()) > 0
                ? Optional.of(Rule.atLeast(speedKey, target, Reason.FASTER_SPEED)) : Optional.empty();
    }

    private static BigDecimal roundDown(BigDecimal speed) {
        return speed.divide(SPEED_STEP, 0, RoundingMode.FLOOR).multiply(SPEED_STEP);
    }

    /** The setting up by some degrees, within the material's range; nothing when the range is unknown. */
    private Optional<Rule> hotter(String key, int degrees, Reason reason, Situation situation) {
        return range(key, situation).flatMap(range -> situation.plan().number(key)
                .map(current -> current.add(BigDecimal.valueOf(degrees)).min(range.max()))
                .filter(target -> situation.plan().number(key).orElseThrow().compareTo(target) < 0)
                .map(target -> Rule.atLeast(key, target, reason)));
    }

    /** The setting down by some degrees, within the material's range; nothing when the range is unknown. */
    private Optional<Rule> cooler(String key, int degrees, Reason reason, Situation situation) {
        return range(key, situation).flatMap(range -> situation.plan().number(key)
                .map(current -> current.subtract(BigDecimal.valueOf(degrees)).max(range.min()))
                .filter(target -> situation.plan().number(key).orElseThrow().compareTo(target) > 0)
                .map(target -> Rule.atMost(key, target, reason)));
    }

    private Optional<NumericRange> range(String key, Situation situation) {
        return situation.material().flatMap(material -> catalog.materialRange(material, key));
    }
}
