package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

import java.util.List;

/**
 * A part as solid geometry: its features in the order the code defines them, the solid {@code main()} returns, and
 * what the built solid must measure, which the tests check on the engines' output.
 */
public record PartGeometry(Part part, List<Feature> features, Solid main, Measures measures) {

    public PartGeometry {
        Require.present(part, "part");
        features = List.copyOf(features);
        for (Feature feature : features) {
            if (part.family().parameter(feature.name()).isPresent()) {
                throw new IllegalArgumentException("feature " + feature.name() + " has a parameter's name");
            }
        }
        Require.present(main, "main");
        Require.present(measures, "measures");
    }

    /**
     * What the solid measures in millimetres: its bounding box size (for a round part, {@code sizeX} and
     * {@code sizeY} are its diameter about the Z axis), the number of separate solids (a box and its lid are two),
     * points that lie in holes and must be outside the solid, and a gear's tooth count and the radius to count
     * teeth at (zero for other parts).
     */
    public record Measures(double sizeX, double sizeY, double sizeZ, boolean round, int solids,
                           List<double[]> holeCentres, int teeth, double toothCountRadius) {
        public Measures {
            holeCentres = List.copyOf(holeCentres);
            if (solids < 1) {
                throw new IllegalArgumentException("solids must be at least 1");
            }
        }
    }
}
