package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A conversation with the embedded assistant the way the reference client holds one: it keeps the history, sends it
 * whole with each message, and enters the troubleshooting workflow when a reply asks it to.
 */
final class Dialogue {

    private static final EmbeddedIntentClassifier CLASSIFIER = SharedClassifier.INSTANCE;
    private static final EmbeddedAssistantModel MODEL = new EmbeddedAssistantModel();

    private final Language language;
    private final SlicingProfiles profiles;
    private final List<ChatMessage> messages = new ArrayList<>();
    private Workflow workflow = Workflow.QUERY_INTENT;
    private Classification lastClassification;

    Dialogue(Language language, SlicingProfiles profiles) {
        this.language = language;
        this.profiles = profiles;
    }

    static Dialogue in(Language language) {
        return new Dialogue(language, Fixtures.standardPla());
    }

    AssistantReply say(String text) {
        messages.add(ChatMessage.user(text));
        Conversation conversation = new Conversation(messages);
        lastClassification = CLASSIFIER.classify(conversation, workflow);
        AssistantReply reply = MODEL.reply(Fixtures.request(conversation, workflow, lastClassification,
                Optional.of(profiles), Fixtures.onePlateWithACube(), language));
        messages.add(ChatMessage.assistant(reply.content()));
        if (Replies.has(reply, ActionName.SET_PRINT_TROUBLESHOOTING_FLOW)) {
            workflow = Workflow.PRINT_TROUBLESHOOTING;
        }
        return reply;
    }

    /** What the reference client does when the user confirms troubleshooting. */
    Dialogue enterTroubleshooting() {
        workflow = Workflow.PRINT_TROUBLESHOOTING;
        return this;
    }

    /** Picks an option of the reply, as a click on the client's quick button does. */
    AssistantReply choose(AssistantReply reply, int option) {
        return say(Replies.options(reply).get(option));
    }

    Classification lastClassification() {
        return lastClassification;
    }

    /** Reads replies the way the tests need to. */
    static final class Replies {

        private Replies() {
        }

        static List<ActionName> actions(AssistantReply reply) {
            return reply.actions().stream().map(AgentAction::name).toList();
        }

        static boolean has(AssistantReply reply, ActionName action) {
            return actions(reply).contains(action);
        }

        static List<String> options(AssistantReply reply) {
            return reply.actions().stream()
                    .filter(action -> action.name() == ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS)
                    .findFirst().orElseThrow(() -> new AssertionError("the reply offers no options: " + reply))
                    .options();
        }
    }
}
