package dev.slicewise.adapter.http;

import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateImage;

/** Why photos of a plate cannot be analysed, in a sentence of the error bundles: the same on both doors. */
public final class PlateRefusals {

    private static final String MEGABYTES = String.valueOf(PlateImage.MAX_BYTES / (1024 * 1024));

    private PlateRefusals() {
    }

    public static String sentence(AnalysisRefusal refusal, Language language) {
        String limit = switch (refusal.reason()) {
            case TOO_MANY_IMAGES -> String.valueOf(PlateAnalysisRequest.MAX_IMAGES);
            case IMAGE_TOO_MANY_PIXELS -> String.valueOf(PlateImage.MAX_SIDE_PIXELS);
            default -> MEGABYTES;
        };
        return ErrorMessages.get(language, "plate_analysis." + refusal.reason().name(),
                refusal.image().isPresent() ? String.valueOf(refusal.image().getAsInt()) : "", limit);
    }
}
