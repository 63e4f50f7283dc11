package dev.slicewise.adapter.llm.plate;

import dev.slicewise.application.port.out.PlateAnalyser;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.plate.BoundingBox;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.plate.analysis.Observations;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import dev.slicewise.domain.plate.analysis.PlateFindings;
import dev.slicewise.domain.plate.analysis.PrintingAdvice;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded plate analysis: plain image processing, no network, deterministic. It decodes the views one at a time,
 * within the {@link PixelBudget} that all analyses share (no room in time: {@code Busy}), separates the
 * models from the bed ({@link Segmentation}), measures their silhouettes and shading ({@link SilhouetteMeasures},
 * {@link Texture}), combines the views ({@link ShapeEstimator}), lets the domain's {@link PrintingAdvice} decide the
 * strategy and writes it in the request's language ({@link PlateTexts}).
 *
 * <p>The reference client sends four views, three from above and the last from below; with any other number, every
 * view is read as a view from above. A vision model may answer instead (the application's routing decides); this engine
 * is then its safety net.
 */
@Singleton
@Named("embedded")
public final class EmbeddedPlateAnalyser implements PlateAnalyser {

    private static final int REFERENCE_VIEWS = 4;

    private final PixelBudget budget;

    public EmbeddedPlateAnalyser(PixelBudget budget) {
        this.budget = budget;
    }

    @Override
    public PlateAnalysisResult analyse(PlateAnalysisRequest request) {
        long started = System.nanoTime();
        List<ViewEvidence> views = new ArrayList<>(request.images().size());
        for (int i = 0; i < request.images().size(); i++) {
            switch (ViewDecoder.measure(request.images().get(i), i, budget)) {
                case ViewDecoder.Measured.Refused refused -> {
                    return new PlateAnalysisResult.Refused(refused.refusal());
                }
                case ViewDecoder.Measured.Busy busy -> {
                    return new PlateAnalysisResult.Busy();
                }
                case ViewDecoder.Measured.Evidence evidence -> views.add(evidence.evidence());
            }
        }
        boolean fromBelowSent = views.size() == REFERENCE_VIEWS;
        List<ViewEvidence> fromAbove = fromBelowSent ? views.subList(0, REFERENCE_VIEWS - 1) : views;
        Optional<ViewEvidence> fromBelow = fromBelowSent ? Optional.of(views.getLast()) : Optional.empty();
        List<ModelObject> models = request.plates().stream().flatMap(plate -> plate.modelObjects().stream()).toList();
        Optional<ObjectKind> kind = ObjectKind.of(models);

        Observations observations = ShapeEstimator.estimate(fromAbove, fromBelow, singleModelBox(request.plates()),
                kind);
        PlateFindings findings = PrintingAdvice.of(observations);
        boolean seen = views.stream().anyMatch(view -> !view.islands().isEmpty());
        PlateTexts texts = new PlateTexts(request.language());
        return new PlateAnalysisResult.Analysed(new PlateAnalysisReply(findings,
                texts.content(findings, kind, models.size(), seen), texts.suggestedPrintingMethod(findings)),
                Provenance.embedded(Duration.ofNanos(System.nanoTime() - started), false));
    }

    /** The bounding box, when it surrounds exactly one model: then it gives that model's real proportions. */
    private static Optional<BoundingBox> singleModelBox(List<Plate> plates) {
        List<Plate> withModels = plates.stream().filter(plate -> !plate.modelObjects().isEmpty()).toList();
        return withModels.size() == 1 && withModels.getFirst().modelObjects().size() == 1
                ? withModels.getFirst().boundingBox()
                : Optional.empty();
    }
}
