package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Workflow;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Classifies the latest user message with keyword and phrase rules in the nine supported languages, with no network
 * and no model: the same message always gets the same answer.
 * <ul>
 *   <li>A task intent whose phrases are found wins (0.9 when it is the only one, less when others hit too); a tie
 *   between tasks is {@link Intent#UNCLEAR}.</li>
 *   <li>With no task: a question about printing is a {@link Intent#GENERAL_QUESTION}, then a greeting or thanks is a
 *   {@link Intent#GREETING}, then other printing talk is {@link Intent#UNCLEAR}, and anything else is
 *   {@link Intent#OFF_TOPIC}.</li>
 *   <li>During print troubleshooting, every message continues the {@link Intent#PRINT_ISSUE} except an explicit
 *   request for a slicer action, support or a new chat: a user's short answers ("yes", "the first layer") belong to
 *   the troubleshooting, not to another task.</li>
 * </ul>
 */
@Singleton
public final class EmbeddedIntentClassifier implements IntentClassifier {

    private static final double CLEAR = 0.9;
    private static final double TIED = 0.5;
    private static final double GENERAL = 0.8;
    private static final double OFF_TOPIC = 0.8;
    private static final double VAGUE = 0.4;
    private static final double CONTINUED = 0.6;
    private static final double NOTHING_SAID = 0.3;

    private final IntentRules rules = new IntentRules(Vocabulary.standard());

    @Override
    public Classification classify(Conversation conversation, Workflow workflow) {
        Optional<String> latest = conversation.latestUserText().filter(text -> !text.isBlank());
        if (latest.isEmpty()) {
            return new Classification(Intent.GREETING, NOTHING_SAID);
        }
        IntentScores scores = rules.score(NormalisedText.of(latest.get()));
        Classification classification = classify(scores);
        return workflow == Workflow.PRINT_TROUBLESHOOTING ? withinTroubleshooting(classification, scores) : classification;
    }

    private static Classification classify(IntentScores scores) {
        List<Intent> leaders = scores.leaders();
        if (leaders.size() > 1) {
            return new Classification(Intent.UNCLEAR, TIED);
        }
        if (leaders.size() == 1) {
            Intent leader = leaders.getFirst();
            double share = (double) scores.hits().get(leader) / scores.total();
            return new Classification(leader, Math.round(CLEAR * share * 100) / 100.0);
        }
        if (scores.asks() && scores.aboutPrinting()) {
            return new Classification(Intent.GENERAL_QUESTION, GENERAL);
        }
        if (scores.greets()) {
            return new Classification(Intent.GREETING, CLEAR);
        }
        return scores.aboutPrinting()
                ? new Classification(Intent.UNCLEAR, VAGUE)
                : new Classification(Intent.OFF_TOPIC, OFF_TOPIC);
    }

    private static Classification withinTroubleshooting(Classification classification, IntentScores scores) {
        Intent intent = classification.intent();
        if (IntentRules.leavesTroubleshooting(intent)) {
            return classification;
        }
        return new Classification(Intent.PRINT_ISSUE, scores.hits().containsKey(Intent.PRINT_ISSUE) ? CLEAR : CONTINUED);
    }
}
