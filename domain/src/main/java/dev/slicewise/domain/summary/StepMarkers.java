package dev.slicewise.domain.summary;

import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.knowledge.defects.DiagnosticQuestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads which troubleshooting step an assistant message was, by the knowledge's texts it contains in any language:
 * a proposed fix states its cause, a question states the question (a fix also asks how it went, so causes are looked
 * for first). The embedded assistant writes these texts verbatim; a message without them was no step.
 */
final class StepMarkers {

    private final List<Marker> markers = new ArrayList<>();
    private final List<Named> defectNames = new ArrayList<>();

    StepMarkers(DefectKnowledge knowledge) {
        for (Language language : Language.values()) {
            for (Cause cause : Cause.values()) {
                markers.add(new Marker(cause.text(language), new Awaiting.Outcome(cause)));
            }
        }
        for (Language language : Language.values()) {
            for (DiagnosticQuestion question : knowledge.questions()) {
                if (!question.id().equals(DefectKnowledge.FIX_OUTCOME)) {
                    markers.add(new Marker(question.text(language), new Awaiting.Answer(question)));
                }
            }
            markers.add(new Marker(knowledge.whichProblem(language), new Awaiting.Problem()));
            for (Defect defect : Defect.values()) {
                defectNames.add(new Named(defect.text(language), defect));
            }
        }
        defectNames.sort(Comparator.comparingInt((Named named) -> named.name().length()).reversed());
    }

    /** The defect whose name the message contains, the longest name first ("a clogged nozzle" over a shorter one). */
    Optional<Defect> defectIn(String assistantMessage) {
        return defectNames.stream().filter(named -> assistantMessage.contains(named.name())).map(Named::defect)
                .findFirst();
    }

    Awaiting read(String assistantMessage) {
        for (Marker marker : markers) {
            if (assistantMessage.contains(marker.text())) {
                return marker.step();
            }
        }
        return new Awaiting.Nothing();
    }

    private record Marker(String text, Awaiting step) {
    }

    private record Named(String name, Defect defect) {
    }
}
