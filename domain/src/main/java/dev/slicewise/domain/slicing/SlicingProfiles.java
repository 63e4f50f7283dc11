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

    /** The value the slicer uses for a key: an override first, then the selected preset. */
    public Optional<EffectiveValue> effective(String key) {
        ConfigValue filamentOverride = filamentOverrides.get(key);
        if (filamentOverride != null) {
            return Optional.of(new EffectiveValue(key, filamentOverride, EffectiveValue.Source.FILAMENT_OVERRIDE, ""));
        }
        ConfigValue processOverride = processOverrides.get(key);
        if (processOverride != null) {
            return Optional.of(new EffectiveValue(key, processOverride, EffectiveValue.Source.PROCESS_OVERRIDE, ""));
        }
        List<Preset> filaments = selectedFilaments();
        if (filaments.size() == 1) {
            Preset filament = filaments.getFirst();
            Optional<ConfigValue> value = filament.value(key);
            if (value.isPresent()) {
                return Optional.of(new EffectiveValue(key, value.get(), EffectiveValue.Source.FILAMENT_PRESET,
                        filament.name()));
            }
        }
        return selectedProcess().flatMap(process -> process.value(key)
                .map(value -> new EffectiveValue(key, value, EffectiveValue.Source.PROCESS_PRESET, process.name())));
    }
}
