package dev.slicewise.domain.slicing;

import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What determining or retrieving slicing settings needs: the profiles with exactly one selected filament, the
 * process presets, at least one model, and a single extruder for all models.
 */
public final class SlicingPrerequisites {

    private SlicingPrerequisites() {
    }

    public static Optional<PrerequisiteFailure> check(Optional<SlicingProfiles> profiles, List<Plate> plates) {
        if (profiles.isEmpty()) {
            return Optional.of(PrerequisiteFailure.NO_SLICING_PROFILES);
        }
        if (profiles.get().selectedFilaments().size() != 1) {
            return Optional.of(PrerequisiteFailure.NOT_ONE_SELECTED_FILAMENT);
        }
        if (profiles.get().processPresets().isEmpty()) {
            return Optional.of(PrerequisiteFailure.NO_PROCESS_PRESETS);
        }
        List<ModelObject> models = plates.stream().flatMap(p -> p.modelObjects().stream()).toList();
        if (models.isEmpty()) {
            return Optional.of(PrerequisiteFailure.NO_MODEL);
        }
        long extruders = models.stream().map(ModelObject::extruder)
                .filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).distinct().count();
        if (extruders > 1) {
            return Optional.of(PrerequisiteFailure.SEVERAL_EXTRUDERS);
        }
        return Optional.empty();
    }
}
