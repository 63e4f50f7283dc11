package dev.slicewise.domain.plate.analysis;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintingAdviceTest {

    private static PlateFindings advise(Map<Feature, Double> features, ShapeClass shape) {
        Map<Feature, Confidence> confidences = new java.util.EnumMap<>(Feature.class);
        features.forEach((feature, value) -> confidences.put(feature, Confidence.of(value)));
        return PrintingAdvice.of(new Observations(confidences, shape, Confidence.of(0.8)));
    }

    @Test
    void givenNothingSeen_advice_isNoSupportsNoBrimWithHighConfidence() {
        PlateFindings findings = advise(Map.of(Feature.OVERHANGS, 0.1), ShapeClass.BOXY);

        assertEquals(SupportNeed.NONE, findings.support());
        assertEquals(0.9, findings.supportConfidence().value(), 1e-9);
        assertEquals(AdhesionAid.NONE, findings.adhesionAid());
        assertEquals(AdhesionRisk.LOW, findings.adhesionRisk());
        assertEquals(Set.of(), findings.features());
    }

    @Test
    void givenOverhangsOnAnOrganicShape_advice_isTreeSupports() {
        assertEquals(SupportNeed.TREE, advise(Map.of(Feature.OVERHANGS, 0.9), ShapeClass.ORGANIC).support());
    }

    @Test
    void givenABridgeOnABoxyShape_advice_isNormalSupports() {
        PlateFindings findings = advise(Map.of(Feature.BRIDGES, 0.7), ShapeClass.BOXY);

        assertEquals(SupportNeed.NORMAL, findings.support());
        assertEquals(0.7, findings.supportConfidence().value(), 1e-9);
    }

    @Test
    void givenTallAndThin_advice_isABrimWithHighRisk() {
        PlateFindings findings = advise(Map.of(Feature.TALL_AND_THIN, 0.8), ShapeClass.BOXY);

        assertEquals(AdhesionAid.BRIM, findings.adhesionAid());
        assertEquals(AdhesionRisk.HIGH, findings.adhesionRisk());
        assertEquals(SupportNeed.NONE, findings.support());
    }

    @Test
    void givenAFlatLargeBase_advice_isABrimWithMediumRisk() {
        PlateFindings findings = advise(Map.of(Feature.FLAT_LARGE_BASE, 0.6), ShapeClass.BOXY);

        assertEquals(AdhesionAid.BRIM, findings.adhesionAid());
        assertEquals(AdhesionRisk.MEDIUM, findings.adhesionRisk());
        assertEquals(0.6, findings.adhesionConfidence().value(), 1e-9);
    }

    @Test
    void givenTallThinOnASmallBase_advice_isARaft() {
        PlateFindings findings = advise(Map.of(Feature.TALL_AND_THIN, 0.9, Feature.SMALL_BASE, 0.7,
                Feature.OVERHANGS, 0.8), ShapeClass.ORGANIC);

        assertEquals(AdhesionAid.RAFT, findings.adhesionAid());
        assertEquals(0.7, findings.adhesionConfidence().value(), 1e-9);
        assertTrue(findings.features().containsAll(Set.of(Feature.TALL_AND_THIN, Feature.SMALL_BASE)));
    }

    @Test
    void givenAFeatureBelowTheThreshold_advice_ignoresIt() {
        PlateFindings findings = advise(Map.of(Feature.MANY_ISLANDS, 0.4), ShapeClass.BOXY);

        assertEquals(AdhesionAid.NONE, findings.adhesionAid());
        assertEquals(0.6, findings.adhesionConfidence().value(), 1e-9);
    }
}
