package dev.slicewise.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The real Elegoo Centauri Carbon presets in ../shared/fixtures, in the form the reference client sends them. */
final class Fixtures {

    static final String SELECTED_FILAMENT = "Elegoo PLA @ECC";
    static final String SELECTED_PROCESS = "0.20mm Standard @Elegoo CC 0.4 nozzle";

    private static final Path ROOT = Path.of(System.getProperty("slicewise.shared.dir", "../../shared"),
            "fixtures", "orca-elegoo-cc");

    private Fixtures() {
    }

    /** A {@code slicing_profiles} object: every filament and process preset, PLA and 0.20mm Standard selected. */
    static String slicingProfiles() {
        return "{\"filament_presets\":" + presets("filament", SELECTED_FILAMENT)
                + ",\"print_process_presets\":" + presets("process", SELECTED_PROCESS)
                + ",\"filament_overrides\":{},\"print_process_overrides\":{}}";
    }

    static String plates() {
        return "[{\"name\":\"\",\"index\":0,\"bounding_box\":{\"min\":{\"x\":100.5,\"y\":98.0,\"z\":0.0},"
                + "\"max\":{\"x\":155.5,\"y\":158.0,\"z\":42.0}},\"model_objects\":[{\"extruder_id\":-1,\"id\":\"52\","
                + "\"name\":\"Octopus_Head_v6.stl\"}]}]";
    }

    private static String presets(String kind, String selected) {
        try (Stream<Path> files = Files.list(ROOT.resolve(kind))) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            return sorted.stream().map(file -> {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                return "{\"name\":\"" + name + "\",\"is_selected\":" + name.equals(selected) + ",\"config\":"
                        + read(file) + "}";
            }).collect(Collectors.joining(",", "[", "]"));
        } catch (IOException e) {
            throw new UncheckedIOException("the fixtures are in ../shared/fixtures: " + ROOT.toAbsolutePath(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
