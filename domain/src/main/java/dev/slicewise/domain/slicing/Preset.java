package dev.slicewise.domain.slicing;

import dev.slicewise.domain.Require;

import java.util.Map;
import java.util.Optional;

/** A filament or print process preset as the slicer holds it: a name, whether it is selected, its config. */
public record Preset(String name, boolean selected, Map<String, ConfigValue> config) {

    public Preset {
        Require.present(name, "name");
        Require.present(config, "config");
        config = Map.copyOf(config);
    }

    public Optional<ConfigValue> value(String key) {
        return Optional.ofNullable(config.get(key));
    }
}
