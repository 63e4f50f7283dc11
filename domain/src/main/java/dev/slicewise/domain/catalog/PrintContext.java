package dev.slicewise.domain.catalog;

import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.Optional;

/**
 * What the guardrail needs to know about the user's setup: the nozzle, the selected filament's material, and the
 * value a setting has now (or will have after the recommended preset switch).
 */
record PrintContext(SlicingProfiles profiles, Optional<String> presetSwitch, Nozzle nozzle,
                    Optional<Material> material) {

    static PrintContext of(SlicingProfiles profiles, Optional<String> presetSwitch, Nozzle nozzle,
                           Optional<Material> material) {
        return new PrintContext(profiles, presetSwitch, nozzle, material);
    }

    /** A process setting's value once the recommendation's preset switch (if any) has happened. */
    Optional<String> currentValue(String key) {
        return presetSwitch.isPresent()
                ? profiles.processPreset(presetSwitch.get()).flatMap(p -> p.value(key)).map(ConfigValue::first)
                : profiles.effective(key).map(effective -> effective.value().first());
    }
}
