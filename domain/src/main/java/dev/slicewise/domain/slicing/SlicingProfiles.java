package dev.slicewise.domain.slicing;

import dev.slicewise.domain.Require;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The user's slicing setup: the filament and process presets, which are selected, and the overrides. */
public record SlicingProfiles(
        List<Preset> filamentPresets,
        List<Preset> processPresets,
        Map<String, ConfigValue> filamentOverrides,
        Map<String, ConfigValue> processOverrides) {

    /** OrcaSlicer's "no value of its own" in a filament preset. */
    public static final String NIL = "nil";

    public SlicingProfiles {
        filamentPresets = List.copyOf(Require.present(filamentPresets, "filament_presets"));
        processPresets = List.copyOf(Require.present(processPresets, "print_process_presets"));
        filamentOverrides = Map.copyOf(Require.present(filamentOverrides, "filament_overrides"));
        processOverrides = Map.copyOf(Require.present(processOverrides, "print_process_overrides"));
    }

    public List<Preset> selectedFilaments() {
        return filamentPresets.stream().filter(Preset::selected).toList();
    }

    public Optional<Preset> selectedProcess() {
        return processPresets.stream().filter(Preset::selected).findFirst();
    }

    public Optional<Preset> processPreset(String name) {
        return processPresets.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The value the slicer uses for a key: an override first, then the selected preset. {@code "nil"} is no value
     * (a filament preset leaves the printer's value in place, and the printer's presets are not part of the profiles),
     * so it is passed over.
     */
    public Optional<EffectiveValue> effective(String key) {
        Optional<ConfigValue> filamentOverride = set(filamentOverrides.get(key));
        if (filamentOverride.isPresent()) {
            return Optional.of(new EffectiveValue(key, filamentOverride.get(), EffectiveValue.Source.FILAMENT_OVERRIDE,
                    ""));
        }
        Optional<ConfigValue> processOverride = set(processOverrides.get(key));
        if (processOverride.isPresent()) {
            return Optional.of(new EffectiveValue(key, processOverride.get(), EffectiveValue.Source.PROCESS_OVERRIDE,
                    ""));
        }
        List<Preset> filaments = selectedFilaments();
        if (filaments.size() == 1) {
            Preset filament = filaments.getFirst();
            Optional<ConfigValue> value = filament.value(key).flatMap(SlicingProfiles::set);
            if (value.isPresent()) {
                return Optional.of(new EffectiveValue(key, value.get(), EffectiveValue.Source.FILAMENT_PRESET,
                        filament.name()));
            }
        }
        return selectedProcess().flatMap(process -> process.value(key).flatMap(SlicingProfiles::set)
                .map(value -> new EffectiveValue(key, value, EffectiveValue.Source.PROCESS_PRESET, process.name())));
    }

    private static Optional<ConfigValue> set(ConfigValue value) {
        return Optional.ofNullable(value).filter(v -> !v.first().equals(NIL));
    }
}
