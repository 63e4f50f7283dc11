package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.Plate;

import java.util.ArrayList;
import java.util.List;

/** A valid request to analyse a plate: at least one plate with a model, one to {@link #MAX_IMAGES} readable views. */
public record PlateAnalysisRequest(List<PlateImage> images, List<Plate> plates, Language language) {

    /** The reference client sends four views; a few more are fine, dozens are not a plate analysis. */
    public static final int MAX_IMAGES = 8;

    public PlateAnalysisRequest {
        images = List.copyOf(Require.present(images, "images"));
        plates = List.copyOf(Require.present(plates, "plates"));
        Require.present(language, "language");
        if (images.isEmpty() || images.size() > MAX_IMAGES) {
            throw new IllegalArgumentException("images must hold 1 to " + MAX_IMAGES + " views");
        }
        if (plates.stream().allMatch(plate -> plate.modelObjects().isEmpty())) {
            throw new IllegalArgumentException("plates must hold a model");
        }
    }

    /**
     * Checks what the client sent, in the order the reference server does: the plates and their models first, then
     * the images.
     */
    public static Validation validate(List<String> dataUris, List<Plate> plates, Language language) {
        if (plates.isEmpty()) {
            return invalid(AnalysisRefusal.Reason.NO_PLATE);
        }
        if (plates.stream().allMatch(plate -> plate.modelObjects().isEmpty())) {
            return invalid(AnalysisRefusal.Reason.NO_MODEL);
        }
        if (dataUris.isEmpty()) {
            return invalid(AnalysisRefusal.Reason.NO_IMAGES);
        }
        if (dataUris.size() > MAX_IMAGES) {
            return invalid(AnalysisRefusal.Reason.TOO_MANY_IMAGES);
        }
        List<PlateImage> images = new ArrayList<>(dataUris.size());
        for (int i = 0; i < dataUris.size(); i++) {
            switch (PlateImage.read(dataUris.get(i), i)) {
                case PlateImage.Read.Accepted accepted -> images.add(accepted.image());
                case PlateImage.Read.Refused refused -> {
                    return new Validation.Invalid(refused.refusal());
                }
            }
        }
        return new Validation.Valid(new PlateAnalysisRequest(images, plates, language));
    }

    private static Validation invalid(AnalysisRefusal.Reason reason) {
        return new Validation.Invalid(AnalysisRefusal.of(reason));
    }

    /** The number of model objects on all plates. */
    public int modelCount() {
        return plates.stream().mapToInt(plate -> plate.modelObjects().size()).sum();
    }

    public sealed interface Validation {
        record Valid(PlateAnalysisRequest request) implements Validation {
        }

        record Invalid(AnalysisRefusal refusal) implements Validation {
        }
    }
}
