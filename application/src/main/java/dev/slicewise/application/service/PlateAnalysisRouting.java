package dev.slicewise.application.service;

import dev.slicewise.application.port.out.AssistantUnavailable;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.PlateAnalyser;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;

import java.time.Duration;
import java.util.Optional;

/**
 * Which engine analyses a plate: the embedded analysis first (it refuses a view it cannot decode, so a broken image
 * never reaches a provider, and it gives up when the shared pixel budget has no room in time), then the vision model
 * when one is configured; when the vision model gives no valid answer, the embedded analysis is the answer and the
 * provenance says that it fell back. So a request with usable views always gets a real analysis, never an apology.
 * Each analysis is counted in the metrics by the engine that made it.
 */
public final class PlateAnalysisRouting {

    private static final System.Logger LOG = System.getLogger(PlateAnalysisRouting.class.getName());

    private final PlateAnalyser embedded;
    private final Optional<PlateAnalyser> vision;
    private final Metrics metrics;

    public PlateAnalysisRouting(PlateAnalyser embedded, Optional<PlateAnalyser> vision, Metrics metrics) {
        this.embedded = embedded;
        this.vision = vision;
        this.metrics = metrics;
    }

    public PlateAnalysisResult analyse(PlateAnalysisRequest request) {
        PlateAnalysisResult result = routed(request);
        switch (result) {
            case PlateAnalysisResult.Analysed analysed ->
                    metrics.plateAnalysis(Optional.of(analysed.provenance()), Metrics.PlateResult.ANALYSED);
            case PlateAnalysisResult.Refused refused ->
                    metrics.plateAnalysis(Optional.empty(), Metrics.PlateResult.REFUSED);
            case PlateAnalysisResult.Busy busy -> metrics.plateAnalysis(Optional.empty(), Metrics.PlateResult.BUSY);
        }
        return result;
    }

    private PlateAnalysisResult routed(PlateAnalysisRequest request) {
        long started = System.nanoTime();
        PlateAnalysisResult measured = embedded.analyse(request);
        if (vision.isEmpty() || !(measured instanceof PlateAnalysisResult.Analysed analysed)) {
            return measured;
        }
        try {
            return vision.get().analyse(request);
        } catch (AssistantUnavailable failure) {
            LOG.log(System.Logger.Level.WARNING, "The vision model gave no answer ({0}); the embedded analysis answers",
                    failure.getMessage());
            metrics.fallback(Metrics.Fallback.VISION);
            return new PlateAnalysisResult.Analysed(analysed.reply(),
                    Provenance.embedded(Duration.ofNanos(System.nanoTime() - started), true));
        }
    }
}
