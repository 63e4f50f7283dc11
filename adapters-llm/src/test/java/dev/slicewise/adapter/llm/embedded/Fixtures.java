package dev.slicewise.adapter.llm.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** The real OrcaSlicer presets of the Elegoo Centauri Carbon 0.4 nozzle, from the shared fixtures. */
public final class Fixtures {

    static final String STANDARD = "0.20mm Standard @Elegoo CC 0.4 nozzle";
    static final String FINE = "0.12mm Fine @Elegoo CC 0.4 nozzle";
    static final String OPTIMAL = "0.16mm Optimal @Elegoo CC 0.4 nozzle";
    static final String STRENGTH = "0.20mm Strength @Elegoo CC 0.4 nozzle";
    static final String DRAFT = "0.24mm Draft @Elegoo CC 0.4 nozzle";
    static final String PLA = "Elegoo PLA @ECC";
    static final String PETG = "Elegoo PETG PRO @ECC";
    static final String TPU = "Elegoo TPU 95A @ECC";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PRESETS = sharedDirectory().resolve("fixtures/orca-elegoo-cc");

    private Fixtures() {
    }

    /** PLA with the 0.20mm Standard process selected, nothing overridden: what a user starts from. */
    public static SlicingProfiles standardPla() {
        return profiles(Map.of(), Map.of());
    }

    static SlicingProfiles profiles(Map<String, ConfigValue> processOverrides, Map<String, ConfigValue> filamentOverrides) {
        return new SlicingProfiles(presets("filament", PLA), presets("process", STANDARD), filamentOverrides,
                processOverrides);
    }

    /** The named filament with the 0.20mm Standard process selected, and the user's own process edits. */
    static SlicingProfiles profiles(String filament, Map<String, String> processOverrides) {
        Map<String, ConfigValue> overrides = new LinkedHashMap<>();
        processOverrides.forEach((key, value) -> overrides.put(key, new ConfigValue.Scalar(value)));
        return new SlicingProfiles(presets("filament", filament), presets("process", STANDARD), Map.of(), overrides);
    }

    public static List<Plate> onePlateWithACube() {
        return List.of(new Plate(Optional.empty(), 0, Optional.empty(),
                List.of(new ModelObject("1", "cube.stl", OptionalInt.of(1)))));
    }

    private static List<Preset> presets(String folder, String selected) {
        try (Stream<Path> files = Files.list(PRESETS.resolve(folder))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(Fixtures::read)
                    .map(config -> new Preset(config.get("name").first(), config.get("name").first().equals(selected),
                            config))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ConfigValue> read(Path file) {
        try {
            Map<String, ConfigValue> config = new LinkedHashMap<>();
            JSON.readTree(file.toFile()).properties().forEach(entry -> config.put(entry.getKey(), value(entry.getValue())));
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static ConfigValue value(JsonNode node) {
        if (node.isArray()) {
            return new ConfigValue.PerExtruder(node.valueStream().map(JsonNode::asText).toList());
        }
        return new ConfigValue.Scalar(node.asText());
    }

    private static Path sharedDirectory() {
        String directory = System.getProperty("slicewise.shared.dir");
        if (directory == null) {
            throw new IllegalStateException("set the system property slicewise.shared.dir (surefire does)");
        }
        return Path.of(directory);
    }
}
