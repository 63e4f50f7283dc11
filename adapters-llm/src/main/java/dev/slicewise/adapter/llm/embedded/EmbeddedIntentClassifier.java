package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.intent.IntentModel;
import dev.slicewise.adapter.llm.embedded.intent.Ranking;
import dev.slicewise.adapter.llm.embedded.intent.ScoredIntent;
import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Workflow;
import io.micronaut.context.annotation.Context;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Classifies the latest user message with the trained {@link IntentModel}: no network, and the same message always
 * gets the same answer.
 * <ul>
 *   <li>A trusted best intent ({@link Ranking#isConfident()}) is the answer; otherwise the message is
 *   {@link Intent#UNCLEAR}, with the likely intents as alternatives for the assistant to offer.</li>
 *   <li>During print troubleshooting, every message continues the {@link Intent#PRINT_ISSUE} unless it is a trusted
 *   slicer, printer, filament or UI action: a user's short answers ("yes", "the first layer") belong to the
 *   troubleshooting.</li>
 * </ul>
 * The model is trained once, from the shipped dataset, on a background thread started with the service, so that
 * start-up does not wait for it; the first classifications wait until it is ready.
 */
@Context
public final class EmbeddedIntentClassifier implements IntentClassifier {

    /** How many likely intents an unclear message offers, and how likely each must be at least. */
    private static final int MAX_ALTERNATIVES = 3;
    private static final double MIN_ALTERNATIVE_PROBABILITY = 0.1;
    private static final double NOTHING_SAID = 0.3;

    private final CompletableFuture<IntentModel> model = CompletableFuture.supplyAsync(IntentModel::trainFromDataset,
            task -> Thread.ofVirtual().name("intent-model-training").start(task));

    @Override
    public Classification classify(Conversation conversation, Workflow workflow) {
        Optional<String> latest = conversation.latestUserText().filter(text -> !text.isBlank());
        if (latest.isEmpty()) {
            return new Classification(Intent.GREETING, NOTHING_SAID);
        }
        Ranking ranking = model.join().rank(latest.get());
        if (workflow == Workflow.PRINT_TROUBLESHOOTING) {
            return withinTroubleshooting(ranking);
        }
        return ranking.isConfident()
                ? new Classification(ranking.top().intent(), ranking.top().probability())
                : new Classification(Intent.UNCLEAR, ranking.top().probability(), likely(ranking));
    }

    private static Classification withinTroubleshooting(Ranking ranking) {
        ScoredIntent top = ranking.top();
        boolean leaves = ranking.isConfident() && (top.intent().isControlAction() || top.intent() == Intent.OFF_TOPIC);
        return leaves ? new Classification(top.intent(), top.probability())
                : new Classification(Intent.PRINT_ISSUE, ranking.probabilityOf(Intent.PRINT_ISSUE));
    }

    private static List<Intent> likely(Ranking ranking) {
        return ranking.ranked().stream()
                .filter(scored -> scored.probability() >= MIN_ALTERNATIVE_PROBABILITY)
                .map(ScoredIntent::intent)
                .filter(intent -> intent != Intent.OFF_TOPIC && intent != Intent.GREETING)
                .limit(MAX_ALTERNATIVES)
                .toList();
    }
}
