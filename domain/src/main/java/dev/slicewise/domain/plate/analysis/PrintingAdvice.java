package dev.slicewise.domain.plate.analysis;

import java.util.Map;

/**
 * Turns measured features into a printing strategy, the way an experienced user would:
 * <ul>
 *   <li>overhangs or bridges need supports: tree supports for organic shapes (they reach curved undersides and come
 *   off cleanly), normal ones for boxy shapes (flat undersides and long bridges want a flat support roof);</li>
 *   <li>a small grip on the bed (a small base, tall and thin, many islands, a large flat base that may warp) needs a
 *   brim; several of these at once, a raft.</li>
 * </ul>
 * Features below {@link #SEEN} are not acted on; the confidence of a decision is that of its weakest reason.
 */
public final class PrintingAdvice {

    /** A feature seen with less confidence than this is not acted on. */
    public static final double SEEN = 0.5;

    private static final Map<Feature, Integer> ADHESION_WEIGHT = Map.of(
            Feature.TALL_AND_THIN, 2, Feature.SMALL_BASE, 1, Feature.FLAT_LARGE_BASE, 1, Feature.MANY_ISLANDS, 1);
    private static final int RAFT_WEIGHT = 3;

    private PrintingAdvice() {
    }

    public static PlateFindings of(Observations observations) {
        Map<Feature, Confidence> seen = observations.seen(SEEN);
        double overhang = Math.max(observations.of(Feature.OVERHANGS).value(), observations.of(Feature.BRIDGES).value());
        boolean needsSupport = seen.containsKey(Feature.OVERHANGS) || seen.containsKey(Feature.BRIDGES);
        SupportNeed support = !needsSupport ? SupportNeed.NONE
                : observations.shape() == ShapeClass.ORGANIC ? SupportNeed.TREE : SupportNeed.NORMAL;
        Confidence supportConfidence = needsSupport
                ? Confidence.of(Math.min(overhang, 0.5 + observations.shapeConfidence().value() / 2))
                : Confidence.of(1 - overhang);

        int weight = 0;
        double weakest = 1;
        double strongestUnseen = 0;
        for (Map.Entry<Feature, Integer> entry : ADHESION_WEIGHT.entrySet()) {
            Confidence confidence = observations.of(entry.getKey());
            if (confidence.atLeast(SEEN)) {
                weight += entry.getValue();
                weakest = Math.min(weakest, confidence.value());
            } else {
                strongestUnseen = Math.max(strongestUnseen, confidence.value());
            }
        }
        AdhesionAid aid = weight == 0 ? AdhesionAid.NONE : weight >= RAFT_WEIGHT ? AdhesionAid.RAFT : AdhesionAid.BRIM;
        AdhesionRisk risk = weight == 0 ? AdhesionRisk.LOW : weight == 1 ? AdhesionRisk.MEDIUM : AdhesionRisk.HIGH;
        Confidence adhesionConfidence = Confidence.of(weight == 0 ? 1 - strongestUnseen : weakest);

        return new PlateFindings(support, supportConfidence.rounded(), risk, aid, adhesionConfidence.rounded(),
                observations.shape(), observations.shapeConfidence().rounded(), seen.keySet());
    }
}
