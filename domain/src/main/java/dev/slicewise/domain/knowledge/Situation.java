package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.Nozzle;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the rules of a goal depend on: the filament's material, the nozzle, the plan so far, and whether a preset
 * switch already settles the layer height.
 */
record Situation(Optional<Material> material, Nozzle nozzle, Plan plan, boolean layerSettled) {

    boolean materialIs(Material... materials) {
        return material.filter(m -> Arrays.asList(materials).contains(m)).isPresent();
    }
}
