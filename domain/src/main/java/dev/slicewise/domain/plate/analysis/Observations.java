package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;

import java.util.EnumMap;
import java.util.Map;

/**
 * What an analyser measured on the views: each feature seen with a confidence (absent: not seen), and the shape class.
 */
public record Observations(Map<Feature, Confidence> features, ShapeClass shape, Confidence shapeConfidence) {

    public Observations {
        features = Map.copyOf(Require.present(features, "features"));
        Require.present(shape, "shape");
        Require.present(shapeConfidence, "shapeConfidence");
    }

    public Confidence of(Feature feature) {
        return features.getOrDefault(feature, Confidence.NONE);
    }

    /** The features seen with at least that confidence. */
    public Map<Feature, Confidence> seen(double threshold) {
        Map<Feature, Confidence> seen = new EnumMap<>(Feature.class);
        features.forEach((feature, confidence) -> {
            if (confidence.atLeast(threshold)) {
                seen.put(feature, confidence);
            }
        });
        return seen;
    }
}
