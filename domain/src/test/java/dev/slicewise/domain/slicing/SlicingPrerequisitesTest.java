package dev.slicewise.domain.slicing;

import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlicingPrerequisitesTest {

    private static final Preset PLA = new Preset("PLA", true, Map.of());
    private static final Preset PETG = new Preset("PETG", false, Map.of());
    private static final Preset STANDARD = new Preset("0.20mm Standard", true, Map.of());

    private static Optional<PrerequisiteFailure> check(List<Preset> filaments, List<Preset> processes, List<Plate> plates) {
        return SlicingPrerequisites.check(
                Optional.of(new SlicingProfiles(filaments, processes, Map.of(), Map.of())), plates);
    }

    private static Plate plate(OptionalInt... extruders) {
        List<ModelObject> models = java.util.Arrays.stream(extruders)
                .map(e -> new ModelObject("id", "model.stl", e)).toList();
        return new Plate(Optional.empty(), 0, Optional.empty(), models);
    }

    @Test
    void completeSetup_passes() {
        assertEquals(Optional.empty(), check(List.of(PLA, PETG), List.of(STANDARD), List.of(plate(OptionalInt.of(1)))));
    }

    @Test
    void unsetExtrudersNextToOneSetExtruder_pass() {
        assertEquals(Optional.empty(), check(List.of(PLA), List.of(STANDARD),
                List.of(plate(OptionalInt.empty(), OptionalInt.of(1)), plate(OptionalInt.of(1)))));
    }

    @Test
    void eachMissingPiece_isNamed() {
        assertEquals(Optional.of(PrerequisiteFailure.NO_SLICING_PROFILES),
                SlicingPrerequisites.check(Optional.empty(), List.of(plate(OptionalInt.empty()))));
        assertEquals(Optional.of(PrerequisiteFailure.NOT_ONE_SELECTED_FILAMENT),
                check(List.of(PETG), List.of(STANDARD), List.of(plate(OptionalInt.empty()))));
        assertEquals(Optional.of(PrerequisiteFailure.NOT_ONE_SELECTED_FILAMENT),
                check(List.of(PLA, new Preset("PETG", true, Map.of())), List.of(STANDARD), List.of(plate(OptionalInt.empty()))));
        assertEquals(Optional.of(PrerequisiteFailure.NO_PROCESS_PRESETS),
                check(List.of(PLA), List.of(), List.of(plate(OptionalInt.empty()))));
        assertEquals(Optional.of(PrerequisiteFailure.NO_MODEL), check(List.of(PLA), List.of(STANDARD), List.of()));
        assertEquals(Optional.of(PrerequisiteFailure.NO_MODEL), check(List.of(PLA), List.of(STANDARD), List.of(plate())));
        assertEquals(Optional.of(PrerequisiteFailure.SEVERAL_EXTRUDERS),
                check(List.of(PLA), List.of(STANDARD), List.of(plate(OptionalInt.of(1), OptionalInt.of(2)))));
    }

    @Test
    void effectiveValue_prefersOverrides_thenTheSelectedPresets() {
        Preset fine = new Preset("0.12mm Fine", true, Map.of("layer_height", new ConfigValue.Scalar("0.12"),
                "sparse_infill_density", new ConfigValue.Scalar("15%")));
        Preset pla = new Preset("PLA", true, Map.of("nozzle_temperature", new ConfigValue.PerExtruder(List.of("220"))));
        SlicingProfiles profiles = new SlicingProfiles(List.of(pla), List.of(new Preset("0.20mm Standard", false, Map.of()), fine),
                Map.of(), Map.of("sparse_infill_density", new ConfigValue.Scalar("40%")));

        assertEquals(new EffectiveValue("sparse_infill_density", new ConfigValue.Scalar("40%"),
                EffectiveValue.Source.PROCESS_OVERRIDE, ""), profiles.effective("sparse_infill_density").orElseThrow());
        assertEquals("0.12mm Fine", profiles.effective("layer_height").orElseThrow().presetName());
        assertEquals("220", profiles.effective("nozzle_temperature").orElseThrow().value().first());
        assertEquals(Optional.empty(), profiles.effective("wall_loops"));
    }
}
