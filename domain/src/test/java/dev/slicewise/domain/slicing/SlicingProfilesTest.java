package dev.slicewise.domain.slicing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlicingProfilesTest {

    private static final Preset FILAMENT = new Preset("Elegoo TPU 95A @ECC", true, Map.of(
            "filament_retraction_length", new ConfigValue.PerExtruder(List.of("0.4")),
            "filament_retraction_speed", new ConfigValue.PerExtruder(List.of("nil"))));
    private static final Preset PROCESS = new Preset("0.20mm Standard", true,
            Map.of("sparse_infill_density", new ConfigValue.Scalar("15%")));

    @Test
    void anOverrideWins_thenTheSelectedPreset() {
        SlicingProfiles profiles = new SlicingProfiles(List.of(FILAMENT), List.of(PROCESS), Map.of(),
                Map.of("sparse_infill_density", new ConfigValue.Scalar("30%")));

        EffectiveValue infill = profiles.effective("sparse_infill_density").orElseThrow();
        assertEquals(new ConfigValue.Scalar("30%"), infill.value());
        assertEquals(EffectiveValue.Source.PROCESS_OVERRIDE, infill.source());
        assertEquals(EffectiveValue.Source.FILAMENT_PRESET,
                profiles.effective("filament_retraction_length").orElseThrow().source());
    }

    @Test
    void nilIsNoValue_soTheNextPlaceIsAsked_andNothingWhenNoneHasOne() {
        SlicingProfiles profiles = new SlicingProfiles(List.of(FILAMENT), List.of(PROCESS),
                Map.of("filament_retraction_length", new ConfigValue.PerExtruder(List.of("nil"))), Map.of());

        assertEquals(new ConfigValue.PerExtruder(List.of("0.4")),
                profiles.effective("filament_retraction_length").orElseThrow().value());
        assertEquals(Optional.empty(), profiles.effective("filament_retraction_speed"));
    }
}
