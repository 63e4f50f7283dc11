package dev.slicewise.application.service;

import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.slicing.PrerequisiteFailure;
import dev.slicewise.domain.slicing.SlicingPrerequisites;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.troubleshooting.Troubleshooting;

import java.util.List;
import java.util.Optional;

/**
 * What every door does before the assistant answers a turn: understand the intent, check the prerequisites of
 * slicing work, and decide the troubleshooting step when the turn is one (the domain's {@link Troubleshooting}; the
 * assistant only words it).
 */
final class TurnPreparation {

    /** A turn ready for the assistant, or one that misses what slicing work needs. */
    sealed interface Prepared {

        Classification classification();

        record Ready(AssistantRequest request) implements Prepared {
            @Override
            public Classification classification() {
                return request.classification();
            }
        }

        record Missing(Classification classification, PrerequisiteFailure missing) implements Prepared {
        }
    }

    private final IntentClassifier classifier;
    private final Troubleshooting troubleshooting = Troubleshooting.standard();

    TurnPreparation(IntentClassifier classifier) {
        this.classifier = classifier;
    }

    /** The intent of the turn's newest message, and how sure the classifier is of it. */
    Classification classify(Conversation conversation, Workflow workflow) {
        return classifier.classify(conversation, workflow);
    }

    /** A turn with a part designed in it written in JSCAD. */
    Prepared prepare(Conversation conversation, Workflow workflow, Optional<SlicingProfiles> profiles,
                     List<Plate> plates, Language language, ModelChoice choice) {
        return prepare(conversation, workflow, profiles, plates, language, choice, CodeLanguage.JSCAD);
    }

    Prepared prepare(Conversation conversation, Workflow workflow, Optional<SlicingProfiles> profiles,
                     List<Plate> plates, Language language, ModelChoice choice, CodeLanguage codeLanguage) {
        Classification classification = classify(conversation, workflow);
        Optional<PrerequisiteFailure> missing = classification.intent().needsSlicingProfiles()
                ? SlicingPrerequisites.check(profiles, plates)
                : Optional.empty();
        if (missing.isPresent()) {
            return new Prepared.Missing(classification, missing.get());
        }
        return new Prepared.Ready(new AssistantRequest(conversation, workflow, classification, profiles, plates,
                language, troubleshooting.stepFor(conversation, workflow, classification.intent(), profiles),
                choice, codeLanguage));
    }
}
