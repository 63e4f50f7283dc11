package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.cad.PartFollowUp;
import dev.slicewise.adapter.llm.embedded.cad.PartRequestReader;
import dev.slicewise.adapter.llm.embedded.intent.GoalModel;
import dev.slicewise.adapter.llm.embedded.intent.IntentModel;
import dev.slicewise.adapter.llm.embedded.intent.Ranking;
import dev.slicewise.adapter.llm.embedded.intent.ScoredIntent;
import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.summary.ConversationSummary;
import dev.slicewise.domain.summary.TroubleshootingProgress;
import io.micronaut.context.annotation.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells what the latest user message wants, with no network: the same message always gets the same answer. In order:
 * <ol>
 *   <li>a message that is one of the assistant's own option labels means what the option offered;</li>
 *   <li>in a session that designed a part, a message that changes that part ("10 mm taller", "make the teeth
 *   longer", "now in inches", "in OpenSCAD": {@link PartFollowUp}) is a {@link Intent#GENERATE_MODEL} follow-up,
 *   whatever the model makes of it: the words of such a change name no other task;</li>
 *   <li>a message the model takes for a filament action, trusted or not, that asks something of the part and names
 *   no material is a settings request (see {@link #asksOfThePart});</li>
 *   <li>a question which settings to use or how to set up the print that the model takes for an answer in words or
 *   off-topic is a settings request (see {@link #asksWhichSettings});</li>
 *   <li>the trained {@link IntentModel}, when its best intent is trusted ({@link Ranking#isTrusted()});</li>
 *   <li>the phrase rules ({@link IntentRules}), when exactly one task hits and the model does not rule it out: they
 *   know the slicer's vocabulary and explicit values ("infill 40%") in every language;</li>
 *   <li>a settings request the model is unsure of, when it asks for something the engine can act on (see
 *   {@link #asksForSettings});</li>
 *   <li>a short follow-up continues the settings work of the user's previous message;</li>
 *   <li>anything else is {@link Intent#UNCLEAR}, with the likely intents for the assistant to offer.</li>
 * </ol>
 * During print troubleshooting an answer to the assistant's last question, or a print problem, continues the
 * {@link Intent#PRINT_ISSUE} whatever the model says; any other message too unless it clearly asks for something
 * else (the model trusts its intent, or the rules find a slicer, printer, filament or UI action, or it is off-topic):
 * a user's short answers belong to the troubleshooting, a settings question in the middle of it is answered.
 *
 * <p>The model is the one trained at build time ({@link ShippedIntentModel}), read once per process when the service
 * starts.
 */
@Context
public final class EmbeddedIntentClassifier implements IntentClassifier {

    /** How many likely intents an unclear message offers, and the least probability the model gives each. */
    private static final int MAX_ALTERNATIVES = 3;
    private static final double PLAUSIBLE = 0.1;
    private static final double RULES_CONFIDENCE = 0.6;
    private static final double NOTHING_SAID = 0.3;
    /** The intents that act on the user's filaments. */
    private static final Set<Intent> FILAMENT_ACTIONS = Set.of(Intent.CHANGE_FILAMENT, Intent.ADD_FILAMENTS);
    /** The intents that only answer in words and that a settings request is most often mistaken for. */
    private static final Set<Intent> WORDS_ONLY = Set.of(Intent.GENERAL_QUESTION, Intent.RETRIEVE_SLICING_SETTINGS,
            Intent.GREETING);
    /** The intents the model gives a question which settings to use instead of a settings request. */
    private static final Set<Intent> INSTEAD_OF_SETUP = Set.of(Intent.GENERAL_QUESTION,
            Intent.RETRIEVE_SLICING_SETTINGS, Intent.GREETING, Intent.OFF_TOPIC, Intent.DETERMINE_SLICING_SETTINGS);

    private final IntentModel model = ShippedIntentModel.get();
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final IntentRules rules = new IntentRules(vocabulary);
    private final GoalModel goals = ShippedGoalModel.get();
    private final PartFollowUp followUps = new PartFollowUp();
    private final PartRequestReader parts = new PartRequestReader();

    @Override
    public Classification classify(Conversation conversation, Workflow workflow) {
        Optional<String> latest = conversation.latestUserText().filter(text -> !text.isBlank());
        if (latest.isEmpty()) {
            return new Classification(Intent.GREETING, NOTHING_SAID);
        }
        Optional<Intent> chosenOption = OfferedOptions.intentOf(latest.get());
        if (chosenOption.isPresent()) {
            return new Classification(chosenOption.get(), 1);
        }
        if (conversation.lastPart().flatMap(part -> followUps.read(latest.get(), part)).isPresent()) {
            return new Classification(Intent.GENERATE_MODEL, 1);
        }
        if (workflow == Workflow.PRINT_TROUBLESHOOTING && continuesTroubleshooting(conversation)) {
            return new Classification(Intent.PRINT_ISSUE, 1);
        }
        Ranking ranking = model.rank(latest.get());
        Optional<Classification> understood = understood(latest.get(), ranking);
        if (workflow == Workflow.PRINT_TROUBLESHOOTING) {
            return understood.filter(c -> c.intent() != Intent.PRINT_ISSUE
                            && (ranking.isTrusted() || c.intent().isControlAction() || c.intent() == Intent.OFF_TOPIC))
                    .orElseGet(() -> new Classification(Intent.PRINT_ISSUE, ranking.probabilityOf(Intent.PRINT_ISSUE)));
        }
        NormalisedText text = NormalisedText.of(latest.get());
        Set<Intent> hits = rules.score(text).hits().keySet();
        boolean decided = understood.filter(c -> c.intent() == Intent.GENERATE_MODEL || c.intent().isControlAction()
                || c.intent() == Intent.GREETING).isPresent();
        return (decided ? Optional.<Classification>empty() : namesAPartBySize(latest.get(), hits))
                .or(() -> understood)
                .or(() -> asksForSettings(latest.get(), text, hits, ranking))
                .or(() -> followUp(conversation, ranking))
                .orElseGet(() -> new Classification(Intent.UNCLEAR, ranking.top().probability(), likely(ranking)));
    }

    /**
     * A part named with its sizes ("коробка 120х80х40 мм", "a phone stand, 75 mm wide") is a design request, whatever
     * the model makes of the sizes (they look like settings values to it): the phrase rules find no action and no print
     * problem in the message, and it gives a size with no settings vocabulary at all, or two sizes (a box with
     * "1.6 mm walls" alone may be a slicer's wall).
     */
    private Optional<Classification> namesAPartBySize(String message, Set<Intent> hits) {
        if (!hits.stream().allMatch(intent -> intent == Intent.DETERMINE_SLICING_SETTINGS)) {
            return Optional.empty();
        }
        int sizes = hits.isEmpty() ? 1 : 2;
        return parts.read(message).filter(asked -> asked.values().size() >= sizes)
                .map(asked -> new Classification(Intent.GENERATE_MODEL, RULES_CONFIDENCE));
    }

    /**
     * Whether the latest message answers what the assistant's previous troubleshooting step asked (a diagnostic
     * question, how a fix worked out) or names a print problem: then it belongs to the troubleshooting whatever the
     * model makes of it ("in a dry box" is no request to change settings). Only the last exchange is read.
     */
    private static boolean continuesTroubleshooting(Conversation conversation) {
        List<ChatMessage> messages = conversation.messages();
        List<ChatMessage> lastExchange = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0 && lastExchange.size() < 2; i--) {
            ChatMessage message = messages.get(i);
            boolean wanted = lastExchange.isEmpty() ? message.role() == Role.USER : message.role() == Role.ASSISTANT;
            if (wanted) {
                lastExchange.addFirst(message);
            }
        }
        TroubleshootingProgress progress = ConversationSummary.of(new Conversation(lastExchange), Optional.empty())
                .facts().troubleshooting();
        return progress.answer().isPresent() || progress.newProblem();
    }

    /**
     * The model's trusted intent, else the single task the rules find, if the model finds it plausible. A message
     * the model takes for off-topic but in which the rules find slicer vocabulary for an answer in words (settings,
     * a print problem) is taken as that: the user is talking to a slicer.
     */
    private Optional<Classification> understood(String message, Ranking ranking) {
        boolean trusted = ranking.isTrusted();
        if (asksOfThePart(message, ranking.top().intent()) || asksWhichSettings(message, ranking.top().intent())) {
            return Optional.of(new Classification(Intent.DETERMINE_SLICING_SETTINGS, RULES_CONFIDENCE));
        }
        if (trusted && ranking.top().intent() != Intent.OFF_TOPIC) {
            return Optional.of(new Classification(ranking.top().intent(), ranking.top().probability()));
        }
        Optional<Classification> ruled = ruledTask(message)
                .filter(intent -> trusted ? !intent.isControlAction() : ranking.probabilityOf(intent) >= PLAUSIBLE)
                .map(intent -> new Classification(intent, RULES_CONFIDENCE));
        return trusted
                ? ruled.or(() -> Optional.of(new Classification(Intent.OFF_TOPIC, ranking.top().probability())))
                : ruled;
    }

    /**
     * A settings request that the intent model ranks first but below its trust thresholds, or second behind an intent
     * that only answers in words (a question, reading the settings, a greeting), is taken as one when it asks for
     * something the engine acts on: a value or a direction for a setting named by more than a common word ("outer
     * wall 45 mm/s", "wider brim"), a goal of the goal tables, or a goal the goal model trusts. These are the wishes
     * the settings reply turns into changes, so a message decided this way gets a recommendation, not a menu. It
     * stays unclear when the phrase rules find any other task or a print defect in it: an action ("slice it with 20%
     * infill"), a filament switch or a problem report ("the brim peels off") is no settings request, and an action
     * is never taken on this evidence. Measured on the held-out split (bench/notes/intent-classifier.md).
     */
    private Optional<Classification> asksForSettings(String message, NormalisedText text, Set<Intent> hits,
                                                     Ranking ranking) {
        boolean leansToSettings = ranking.top().intent() == Intent.DETERMINE_SLICING_SETTINGS
                || (WORDS_ONLY.contains(ranking.top().intent())
                && ranking.ranked().get(1).intent() == Intent.DETERMINE_SLICING_SETTINGS);
        if (!leansToSettings || !hits.stream().allMatch(intent -> intent == Intent.DETERMINE_SLICING_SETTINGS)) {
            return Optional.empty();
        }
        return rules.namesAWish(text) || goals.guess(message).isTrusted()
                ? Optional.of(new Classification(Intent.DETERMINE_SLICING_SETTINGS,
                        ranking.probabilityOf(Intent.DETERMINE_SLICING_SETTINGS)))
                : Optional.empty();
    }

    /**
     * Whether what the model takes for a filament action is rather a settings request: the message names no material
     * and none of the filament tasks' own phrases, but asks something of the part ("make it flexible", "go easy on the
     * filament"). The user wants the part to come out differently with what is loaded; the settings reply tunes for
     * it and says which material would do better. "Switch to TPU" and "change the filament" stay filament actions.
     */
    private boolean asksOfThePart(String message, Intent intent) {
        if (!FILAMENT_ACTIONS.contains(intent)) {
            return false;
        }
        NormalisedText text = NormalisedText.of(message);
        return vocabulary.materialIn(text).isEmpty() && rules.namesAWish(text)
                && rules.score(text).hits().keySet().stream().noneMatch(FILAMENT_ACTIONS::contains);
    }

    /**
     * Whether a message the model takes for an answer in words, off-topic or a settings request asks which settings to
     * use or how to set up the print ("which settings should I use for this model?", "wie soll ich das einstellen?",
     * "这个模型用什么参数"): the user's first question, answered with a recommendation (the default one when it names
     * no goal), never a menu and never a readout. It is no such question when the phrase rules find another task in
     * it: "what settings am I using now" reads the current settings, a defect goes to troubleshooting.
     */
    private boolean asksWhichSettings(String message, Intent intent) {
        if (!INSTEAD_OF_SETUP.contains(intent)) {
            return false;
        }
        NormalisedText text = NormalisedText.of(message);
        return vocabulary.has(Cue.SETUP, text) && rules.score(text).hits().keySet().stream()
                .allMatch(task -> task == Intent.DETERMINE_SLICING_SETTINGS);
    }

    /** The one task the phrase rules find in the message, if exactly one leads. */
    private Optional<Intent> ruledTask(String message) {
        List<Intent> leaders = rules.score(NormalisedText.of(message)).leaders();
        return leaders.size() == 1 ? Optional.of(leaders.getFirst()) : Optional.empty();
    }

    /**
     * A short follow-up ("even more", "and 3 walls") continues the settings work of the user's previous message
     * when that message was clearly about settings and the model does not rule the follow-up out.
     */
    private Optional<Classification> followUp(Conversation conversation, Ranking ranking) {
        return previousUserText(conversation)
                .flatMap(previous -> understood(previous, model.rank(previous)))
                .map(Classification::intent)
                .filter(Intent::needsSlicingProfiles)
                .filter(intent -> ranking.probabilityOf(intent) >= PLAUSIBLE)
                .map(intent -> new Classification(intent, ranking.probabilityOf(intent)));
    }

    private static Optional<String> previousUserText(Conversation conversation) {
        List<String> userTexts = conversation.messages().stream()
                .filter(message -> message.role() == Role.USER && !message.content().isBlank())
                .map(ChatMessage::content)
                .toList();
        return userTexts.size() < 2 ? Optional.empty() : Optional.of(userTexts.get(userTexts.size() - 2));
    }

    /** The plausible intents the assistant can offer as options, the most likely first. */
    private static List<Intent> likely(Ranking ranking) {
        return ranking.ranked().stream()
                .filter(scored -> scored.probability() >= PLAUSIBLE)
                .map(ScoredIntent::intent)
                .filter(IntentRules.TASKS::contains)
                .limit(MAX_ALTERNATIVES)
                .toList();
    }
}
