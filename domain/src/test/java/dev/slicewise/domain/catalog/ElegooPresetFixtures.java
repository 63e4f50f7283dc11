package dev.slicewise.domain.catalog;

import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The real OrcaSlicer presets of the Elegoo Centauri Carbon 0.4 nozzle, as {@link Preset}s and as the JSON files
 * OrcaSlicer writes. They are test resources of this module ({@code presets/orca-elegoo-cc/}, with their provenance
 * and licence beside them), read from the classpath, so the other modules' tests read them through the domain
 * test-jar.
 */
public final class ElegooPresetFixtures {

    private static final String FOLDER = "/presets/orca-elegoo-cc/";

    /** The three kinds of OrcaSlicer preset, each with its presets' names (the files' names without .json). */
    public enum Kind {
        PROCESS("0.12mm Fine @Elegoo CC 0.4 nozzle", "0.16mm Optimal @Elegoo CC 0.4 nozzle",
                "0.20mm Standard @Elegoo CC 0.4 nozzle", "0.20mm Strength @Elegoo CC 0.4 nozzle",
                "0.24mm Draft @Elegoo CC 0.4 nozzle", "0.28mm Extra Draft @Elegoo CC 0.4 nozzle"),
        FILAMENT("Elegoo ASA @ECC", "Elegoo PETG PRO @ECC", "Elegoo PLA @ECC", "Elegoo PLA Silk @ECC",
                "Elegoo TPU 95A @ECC"),
        MACHINE("Elegoo Centauri Carbon 0.4 nozzle");

        private final List<String> names;

        Kind(String... names) {
            this.names = List.of(names);
        }

        public List<String> names() {
            return names;
        }
    }

    private ElegooPresetFixtures() {
    }

    public static List<Preset> process() {
        return presets(Kind.PROCESS, "");
    }

    public static List<Preset> filament() {
        return presets(Kind.FILAMENT, "");
    }

    public static List<Preset> machine() {
        return presets(Kind.MACHINE, "");
    }

    /** The user's profiles with these filament and process presets selected, nothing overridden. */
    public static SlicingProfiles selecting(String filament, String process) {
        return selecting(filament, process, Map.of(), Map.of());
    }

    /** The user's profiles with these filament and process presets selected, and the user's own edits. */
    public static SlicingProfiles selecting(String filament, String process, Map<String, ConfigValue> filamentOverrides,
                                            Map<String, ConfigValue> processOverrides) {
        return new SlicingProfiles(presets(Kind.FILAMENT, filament), presets(Kind.PROCESS, process), filamentOverrides,
                processOverrides);
    }

    /** A preset's file as OrcaSlicer writes it, which is also the {@code config} the reference client sends. */
    public static String json(Kind kind, String name) {
        String resource = FOLDER + kind.name().toLowerCase(Locale.ROOT) + "/" + name + ".json";
        try (InputStream in = ElegooPresetFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (the domain's test resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Preset> presets(Kind kind, String selected) {
        return kind.names().stream().map(name -> new Preset(name, name.equals(selected), config(json(kind, name))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ConfigValue> config(String json) {
        Map<String, ConfigValue> config = new LinkedHashMap<>();
        ((Map<String, Object>) MinimalJson.parse(json)).forEach((key, value) -> config.put(key,
                value instanceof List<?> list ? new ConfigValue.PerExtruder((List<String>) list)
                        : new ConfigValue.Scalar((String) value)));
        return config;
    }
}
