package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;

import java.util.OptionalInt;

/**
 * Why a plate analysis request cannot be analysed: bad input, answered with an explanation, free of charge. The image
 * is the 1-based position of the image at fault, when one is.
 */
public record AnalysisRefusal(Reason reason, OptionalInt image) {

    public enum Reason {
        NO_PLATE, NO_MODEL, NO_IMAGES, TOO_MANY_IMAGES,
        IMAGE_NOT_DATA_URI, IMAGE_FORMAT, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS, IMAGE_UNDECODABLE
    }

    public AnalysisRefusal {
        Require.present(reason, "reason");
        Require.present(image, "image");
    }

    public static AnalysisRefusal of(Reason reason) {
        return new AnalysisRefusal(reason, OptionalInt.empty());
    }

    /** A refusal of the image at that 0-based index of the request's images. */
    public static AnalysisRefusal ofImage(Reason reason, int index) {
        return new AnalysisRefusal(reason, OptionalInt.of(index + 1));
    }
}
