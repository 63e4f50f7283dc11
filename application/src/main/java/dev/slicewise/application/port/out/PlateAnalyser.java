package dev.slicewise.application.port.out;

import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;

/**
 * Looks at the views of a plate and writes the printing strategy. One port for every engine (the embedded image
 * analysis, a vision model), as {@link AssistantModel} is for the assistant.
 */
public interface PlateAnalyser {

    PlateAnalysisResult analyse(PlateAnalysisRequest request);
}
