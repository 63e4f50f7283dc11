package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.conversation.Language;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the user's settings and material say about a cause. {@link #COMMON} is no evidence at all: the cause is
 * simply a usual one for the defect.
 */
public enum Evidence {
    COMMON,
    STRINGY_MATERIAL, ABSORBS_WATER, WARPING_MATERIAL, STICKY_MATERIAL, CREEPING_MATERIAL,
    HOT_NOZZLE, COOL_NOZZLE, SHORT_RETRACTION, NO_BRIM, FAST_FIRST_LAYER, COOL_BED, HOT_BED, FAST_OUTER_WALL,
    FEW_TOP_LAYERS, SPARSE_INFILL, NO_FOOT_COMPENSATION, TIGHT_SUPPORT_GAP, HIGH_FLOW, LOW_FLOW, NEAR_MAX_FLOW,
    WEAK_COOLING, STRONG_COOLING, SEAM_RANDOM, SEAM_VISIBLE;

    private static final String NOZZLE = "nozzle_temperature";
    private static final String FAN = "fan_max_speed";
    private static final Set<String> BED_FIRST_LAYER = Set.of("hot_plate_temp_initial_layer",
            "textured_plate_temp_initial_layer");
    private static final BigDecimal FAST_FIRST_LAYER_SPEED = new BigDecimal("40");
    private static final BigDecimal FAST_OUTER_WALL_SPEED = new BigDecimal("150");
    private static final BigDecimal FEW_TOP = new BigDecimal("4");
    private static final BigDecimal SPARSE = new BigDecimal("15");
    private static final BigDecimal SUPPORT_GAP = new BigDecimal("0.2");
    private static final BigDecimal HIGH_FLOW_RATIO = new BigDecimal("1.02");
    private static final BigDecimal LOW_FLOW_RATIO = new BigDecimal("0.95");
    private static final BigDecimal NEAR_MAX = new BigDecimal("0.8");

    /** Why the cause is suspected, in one sentence. */
    public String text(Language language) {
        return DefectTexts.TEXTS.text(language, "evidence." + name());
    }

    /** Whether the setup shows this evidence; unknown values show none. */
    boolean holds(Setup setup) {
        return switch (this) {
            case COMMON -> false;
            case STRINGY_MATERIAL -> setup.traits().strings();
            case ABSORBS_WATER -> setup.traits().absorbsWater();
            case WARPING_MATERIAL -> setup.traits().warps();
            case STICKY_MATERIAL -> setup.traits().sticks();
            case CREEPING_MATERIAL -> setup.traits().creeps();
            case HOT_NOZZLE -> setup.inTopThird(NOZZLE);
            case COOL_NOZZLE -> setup.inBottomThird(NOZZLE);
            case SHORT_RETRACTION -> setup.belowTypical("filament_retraction_length");
            case NO_BRIM -> setup.text("brim_type").filter("no_brim"::equals).isPresent()
                    || setup.number("brim_width").filter(width -> width.signum() == 0).isPresent();
            case FAST_FIRST_LAYER -> setup.above("initial_layer_speed", FAST_FIRST_LAYER_SPEED);
            case COOL_BED -> BED_FIRST_LAYER.stream().anyMatch(setup::inBottomThird);
            case HOT_BED -> BED_FIRST_LAYER.stream().anyMatch(setup::inTopThird);
            case FAST_OUTER_WALL -> setup.above("outer_wall_speed", FAST_OUTER_WALL_SPEED);
            case FEW_TOP_LAYERS -> setup.below("top_shell_layers", FEW_TOP);
            case SPARSE_INFILL -> setup.below("sparse_infill_density", SPARSE);
            case NO_FOOT_COMPENSATION -> setup.number("elefant_foot_compensation")
                    .filter(compensation -> compensation.signum() == 0).isPresent();
            case TIGHT_SUPPORT_GAP -> setup.below("support_top_z_distance", SUPPORT_GAP);
            case HIGH_FLOW -> setup.flowRatio().filter(ratio -> ratio.compareTo(HIGH_FLOW_RATIO) > 0).isPresent();
            case LOW_FLOW -> setup.flowRatio().filter(ratio -> ratio.compareTo(LOW_FLOW_RATIO) < 0).isPresent();
            case NEAR_MAX_FLOW -> setup.aboveShareOfMaterialMax("filament_max_volumetric_speed", NEAR_MAX);
            case WEAK_COOLING -> !setup.traits().warps() && setup.belowShareOfMaterialMax(FAN, NEAR_MAX);
            case STRONG_COOLING -> setup.traits().warps() && setup.inTopThird(FAN);
            case SEAM_RANDOM -> setup.text("seam_position").filter("random"::equals).isPresent();
            case SEAM_VISIBLE -> setup.text("seam_position").filter(Set.of("aligned", "nearest")::contains)
                    .isPresent();
        };
    }
}
