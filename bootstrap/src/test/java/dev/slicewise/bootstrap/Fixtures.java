package dev.slicewise.bootstrap;

import dev.slicewise.domain.catalog.ElegooPresetFixtures;
import dev.slicewise.domain.catalog.ElegooPresetFixtures.Kind;

import java.util.stream.Collectors;

/** The real Elegoo Centauri Carbon presets (the domain's {@link ElegooPresetFixtures}), as the reference client sends them. */
final class Fixtures {

    static final String SELECTED_FILAMENT = "Elegoo PLA @ECC";
    static final String SELECTED_PROCESS = "0.20mm Standard @Elegoo CC 0.4 nozzle";

    private Fixtures() {
    }

    /** A {@code slicing_profiles} object: every filament and process preset, PLA and 0.20mm Standard selected. */
    static String slicingProfiles() {
        return "{\"filament_presets\":" + presets(Kind.FILAMENT, SELECTED_FILAMENT)
                + ",\"print_process_presets\":" + presets(Kind.PROCESS, SELECTED_PROCESS)
                + ",\"filament_overrides\":{},\"print_process_overrides\":{}}";
    }

    static String plates() {
        return "[{\"name\":\"\",\"index\":0,\"bounding_box\":{\"min\":{\"x\":100.5,\"y\":98.0,\"z\":0.0},"
                + "\"max\":{\"x\":155.5,\"y\":158.0,\"z\":42.0}},\"model_objects\":[{\"extruder_id\":-1,\"id\":\"52\","
                + "\"name\":\"Octopus_Head_v6.stl\"}]}]";
    }

    private static String presets(Kind kind, String selected) {
        return kind.names().stream()
                .map(name -> "{\"name\":\"" + name + "\",\"is_selected\":" + name.equals(selected) + ",\"config\":"
                        + ElegooPresetFixtures.json(kind, name) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
