package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.intent.GoalDataset;
import dev.slicewise.adapter.llm.embedded.intent.GoalModel;

import java.io.IOException;

/**
 * The goal model the service uses, built and shipped like the {@link ShippedIntentModel}: trained in the
 * {@code process-test-classes} phase on the training split of the goal dataset with the {@link PhraseConcepts},
 * shipped in the jar as {@value #RESOURCE} next to this class, and read from there once per process. The
 * {@link WishesReader} asks it only about messages that spell out no value (a value wins over any goal), so it learns
 * from those only: the many requests of a value ("infill 40%") would otherwise teach it that most requests have no
 * goal.
 */
public final class ShippedGoalModel {

    static final String RESOURCE = "goal.model";

    private ShippedGoalModel() {
    }

    /** The shipped model, read on first use. */
    public static GoalModel get() {
        return Loaded.MODEL;
    }

    /** What the build trains. */
    public static GoalModel train() {
        ExplicitRequests explicit = new ExplicitRequests(Vocabulary.standard());
        return GoalModel.train(GoalDataset.load().split().training().stream()
                .filter(request -> explicit.in(NormalisedText.of(request.text())).isEmpty()).toList(),
                PhraseConcepts.standard());
    }

    private static final class Loaded {
        static final GoalModel MODEL = ShippedModelFile.read(RESOURCE,
                in -> GoalModel.read(in, PhraseConcepts.standard()));
    }

    /** The build step: trains the model and writes it under the classes folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        ShippedModelFile.write(args, RESOURCE, out -> train().write(out));
    }
}
