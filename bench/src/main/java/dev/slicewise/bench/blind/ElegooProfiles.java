package dev.slicewise.bench.blind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The user's slicing profiles every message carries: the real Elegoo Centauri Carbon 0.4 presets of
 * {@code domain/src/test/resources/presets/orca-elegoo-cc/} (every filament and process preset with its whole config,
 * as the reference client sends them), {@value #SELECTED_FILAMENT} and {@value #SELECTED_PROCESS} selected, no overrides.
 * It also tells the effective value of a setting before and after a recommendation, as the client would apply it.
 */
final class ElegooProfiles {

    static final String SELECTED_FILAMENT = "Elegoo PLA @ECC";
    static final String SELECTED_PROCESS = "0.20mm Standard @Elegoo CC 0.4 nozzle";
    private static final String MACHINE = "Elegoo Centauri Carbon 0.4 nozzle";
    /** A filament preset's {@code nil} means "the printer's value", under the key without this prefix. */
    private static final String FILAMENT_PREFIX = "filament_";
    private static final String NIL = "nil";
    /**
     * OrcaSlicer's own defaults (PrintConfig.cpp, shared/data/orcaslicer/options.json) of the settings the benchmark
     * compares that no preset in the chain sets: the running slicer uses them.
     */
    private static final Map<String, String> ORCA_DEFAULTS = Map.of("brim_type", "auto_brim");

    private final Map<String, JsonNode> filaments;
    private final Map<String, JsonNode> processes;
    private final JsonNode machine;

    private ElegooProfiles(Map<String, JsonNode> filaments, Map<String, JsonNode> processes, JsonNode machine) {
        if (!filaments.containsKey(SELECTED_FILAMENT) || !processes.containsKey(SELECTED_PROCESS)) {
            throw new IllegalArgumentException("the presets lack " + SELECTED_FILAMENT + " or " + SELECTED_PROCESS);
        }
        this.filaments = filaments;
        this.processes = processes;
        this.machine = machine;
    }

    static ElegooProfiles load(Path presets, ObjectMapper json) {
        return new ElegooProfiles(read(presets.resolve("filament"), json), read(presets.resolve("process"), json),
                read(presets.resolve("machine"), json).get(MACHINE));
    }

    private static Map<String, JsonNode> read(Path folder, ObjectMapper json) {
        Map<String, JsonNode> byName = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode config = json.readTree(file.toFile());
                byName.put(config.path("name").asText(), config);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byName;
    }

    /** The {@code slicing_profiles} of a request. */
    ObjectNode requestBody(ObjectMapper json) {
        ObjectNode profiles = json.createObjectNode();
        profiles.set("filament_presets", presets(filaments, SELECTED_FILAMENT, json));
        profiles.set("print_process_presets", presets(processes, SELECTED_PROCESS, json));
        profiles.putObject("filament_overrides");
        profiles.putObject("print_process_overrides");
        return profiles;
    }

    private static ArrayNode presets(Map<String, JsonNode> byName, String selected, ObjectMapper json) {
        ArrayNode presets = json.createArrayNode();
        byName.forEach((name, config) -> presets.addObject()
                .put("name", name)
                .put("is_selected", name.equals(selected))
                .set("config", config));
        return presets;
    }

    /** The value the user prints with now: the selected process preset, the selected filament, the printer's. */
    Optional<String> before(String key) {
        Optional<String> process = scalar(processes.get(SELECTED_PROCESS).get(key));
        if (process.isPresent()) {
            return process;
        }
        Optional<String> filament = scalar(filaments.get(SELECTED_FILAMENT).get(key));
        if (filament.isPresent() && !filament.get().equals(NIL)) {
            return filament;
        }
        String printerKey = key.startsWith(FILAMENT_PREFIX) ? key.substring(FILAMENT_PREFIX.length()) : key;
        return scalar(machine.get(printerKey)).or(() -> Optional.ofNullable(ORCA_DEFAULTS.get(key)));
    }

    /**
     * The value after the client applies the recommendation ({@code message.slicing_profiles}): an override, else
     * the value of the preset it switches to, else the value before (filament overrides merge with the selection).
     */
    Optional<String> after(String key, JsonNode recommendation) {
        Optional<String> processOverride = scalar(recommendation.path("print_process_overrides").get(key));
        if (processOverride.isPresent()) {
            return processOverride;
        }
        Optional<String> filamentOverride = scalar(recommendation.path("filament_overrides").get(key));
        if (filamentOverride.isPresent() && !filamentOverride.get().equals(NIL)) {
            return filamentOverride;
        }
        JsonNode preset = processes.get(recommendation.path("use_print_process_preset").asText(""));
        if (preset != null && preset.has(key)) {
            return scalar(preset.get(key));
        }
        return before(key);
    }

    /** Whether the recommendation changes anything: a preset other than the selected one, or an override. */
    static boolean changesSomething(JsonNode recommendation) {
        String preset = recommendation.path("use_print_process_preset").asText("");
        return (!preset.isEmpty() && !preset.equals(SELECTED_PROCESS))
                || !recommendation.path("print_process_overrides").isEmpty()
                || !recommendation.path("filament_overrides").isEmpty();
    }

    /** A value as text; the first element of a per-extruder array. */
    private static Optional<String> scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode value = node.isArray() ? node.path(0) : node;
        return value.isValueNode() ? Optional.of(value.asText()) : Optional.empty();
    }
}
