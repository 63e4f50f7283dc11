package dev.slicewise.domain.slicing;

import dev.slicewise.domain.Require;

/** The value the slicer will use for a key, and where it comes from. */
public record EffectiveValue(String key, ConfigValue value, Source source, String presetName) {

    public enum Source { FILAMENT_OVERRIDE, PROCESS_OVERRIDE, FILAMENT_PRESET, PROCESS_PRESET }

    public EffectiveValue {
        Require.present(key, "key");
        Require.present(value, "value");
        Require.present(source, "source");
        Require.present(presetName, "presetName");
    }
}
