package dev.slicewise.domain.summary;

import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.knowledge.defects.DiagnosticQuestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads which troubleshooting step an assistant message was, by the knowledge's texts it has as lines of their own,
 * in any language: a proposed fix states its cause, a question states the question (a fix also asks how it went, so
 * a cause decides). The embedded assistant writes each of these texts verbatim on a line of its own, so reading a
 * message is a lookup per line, whatever the number of texts and languages; a message without them was no step.
 */
final class StepMarkers {

    private final Map<String, Awaiting> steps = new HashMap<>();
    private final List<Named> defectNames = new ArrayList<>();

    StepMarkers(DefectKnowledge knowledge) {
        for (Language language : Language.values()) {
            for (DiagnosticQuestion question : knowledge.questions()) {
                if (!question.id().equals(DefectKnowledge.FIX_OUTCOME)) {
                    steps.put(question.text(language), new Awaiting.Answer(question));
                }
            }
            steps.put(knowledge.whichProblem(language), new Awaiting.Problem());
            for (Cause cause : Cause.values()) {
                steps.put(cause.text(language), new Awaiting.Outcome(cause));
            }
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
        Awaiting read = new Awaiting.Nothing();
        for (String line : assistantMessage.split("\n")) {
            Awaiting step = steps.get(line.strip());
            if (step instanceof Awaiting.Outcome || step != null && read instanceof Awaiting.Nothing) {
                read = step;
            }
        }
        return read;
    }

    private record Named(String name, Defect defect) {
    }
}
