package dev.slicewise.domain.slicing;

import dev.slicewise.domain.Require;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recommended slicing changes in OrcaSlicer's key names and value forms: a process preset to switch to, filament
 * overrides (one value per extruder) and process overrides (scalars).
 */
public record SlicingRecommendation(
        Optional<String> processPreset,
        Map<String, List<String>> filamentOverrides,
        Map<String, String> processOverrides) {

    public SlicingRecommendation {
        Require.present(processPreset, "use_print_process_preset");
        filamentOverrides = Map.copyOf(Require.present(filamentOverrides, "filament_overrides"));
        processOverrides = Map.copyOf(Require.present(processOverrides, "print_process_overrides"));
        if (processPreset.isEmpty() && filamentOverrides.isEmpty() && processOverrides.isEmpty()) {
            throw new IllegalArgumentException("a slicing recommendation must change something");
        }
    }
}
