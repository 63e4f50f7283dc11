package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;

import java.util.Set;

/**
 * The printing strategy for a plate and how sure it is: supports, the adhesion risk and aid, the shape class, and the
 * features that led there.
 */
public record PlateFindings(
        SupportNeed support, Confidence supportConfidence,
        AdhesionRisk adhesionRisk, AdhesionAid adhesionAid, Confidence adhesionConfidence,
        ShapeClass shape, Confidence shapeConfidence,
        Set<Feature> features) {

    public PlateFindings {
        Require.present(support, "support");
        Require.present(supportConfidence, "supportConfidence");
        Require.present(adhesionRisk, "adhesionRisk");
        Require.present(adhesionAid, "adhesionAid");
        Require.present(adhesionConfidence, "adhesionConfidence");
        Require.present(shape, "shape");
        Require.present(shapeConfidence, "shapeConfidence");
        features = Set.copyOf(Require.present(features, "features"));
    }
}
