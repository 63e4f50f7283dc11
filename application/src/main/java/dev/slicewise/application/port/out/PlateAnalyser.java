package dev.slicewise.application.port.out;

import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;

/**
 * Looks at the views of a plate and writes the printing strategy: the embedded image analysis, or a vision model,
 * which throws {@link AssistantUnavailable} when it gives no valid answer. Which one answers is the application's
 * decision ({@code PlateAnalysisRouting}).
 */
public interface PlateAnalyser {

    PlateAnalysisResult analyse(PlateAnalysisRequest request);
}
