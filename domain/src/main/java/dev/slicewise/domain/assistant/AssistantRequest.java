package dev.slicewise.domain.assistant;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep;

import java.util.List;
import java.util.Optional;

/**
 * Everything the assistant may use to answer one turn.
 *
 * @param troubleshooting the step of the print troubleshooting this turn takes, decided by the domain
 *                        ({@code Troubleshooting.stepFor}): the engine words it; empty when the turn is none
 * @param choice          the model and temperature the caller asked for, or {@link ModelChoice#ROUTED}
 * @param codeLanguage    the language a part designed in this turn is written in
 */
public record AssistantRequest(
        Conversation conversation,
        Workflow workflow,
        Classification classification,
        Optional<SlicingProfiles> slicingProfiles,
        List<Plate> plates,
        Language language,
        Optional<TroubleshootingStep> troubleshooting,
        ModelChoice choice,
        CodeLanguage codeLanguage) {

    public AssistantRequest {
        Require.present(conversation, "conversation");
        Require.present(workflow, "workflow");
        Require.present(classification, "classification");
        Require.present(slicingProfiles, "slicingProfiles");
        plates = List.copyOf(Require.present(plates, "plates"));
        Require.present(language, "language");
        Require.present(troubleshooting, "troubleshooting");
        Require.present(choice, "choice");
        Require.present(codeLanguage, "codeLanguage");
    }

    /** A turn left to the configured routing, a part in it written in JSCAD. */
    public AssistantRequest(Conversation conversation, Workflow workflow, Classification classification,
                            Optional<SlicingProfiles> slicingProfiles, List<Plate> plates, Language language,
                            Optional<TroubleshootingStep> troubleshooting) {
        this(conversation, workflow, classification, slicingProfiles, plates, language, troubleshooting,
                ModelChoice.ROUTED, CodeLanguage.JSCAD);
    }
}
