package dev.slicewise.domain.catalog;

import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The real OrcaSlicer presets of the Elegoo Centauri Carbon 0.4 in the shared fixtures, as {@link Preset}s. */
public final class ElegooPresetFixtures {

    private ElegooPresetFixtures() {
    }

    public static List<Preset> process() {
        return presets("process");
    }

    public static List<Preset> filament() {
        return presets("filament");
    }

    /** The user's profiles with these filament and process presets selected, nothing overridden. */
    public static SlicingProfiles selecting(String filament, String process) {
        return new SlicingProfiles(
                filament().stream().map(p -> new Preset(p.name(), p.name().equals(filament), p.config())).toList(),
                process().stream().map(p -> new Preset(p.name(), p.name().equals(process), p.config())).toList(),
                Map.of(), Map.of());
    }

    public static List<Preset> machine() {
        return presets("machine");
    }

    private static List<Preset> presets(String kind) {
        Path dir = SharedData.dir().resolve("fixtures/orca-elegoo-cc").resolve(kind);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(ElegooPresetFixtures::preset).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Preset preset(Path file) {
        Map<String, Object> json = (Map<String, Object>) SharedData.json(file);
        Map<String, ConfigValue> config = new LinkedHashMap<>();
        json.forEach((key, value) -> config.put(key, value instanceof List<?> list
                ? new ConfigValue.PerExtruder((List<String>) list) : new ConfigValue.Scalar((String) value)));
        return new Preset((String) json.get("name"), false, config);
    }
}
