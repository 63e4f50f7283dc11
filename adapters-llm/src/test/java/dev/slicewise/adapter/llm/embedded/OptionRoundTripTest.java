package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client sends a chosen option back as the user's next message, so every option the assistant offers, in every
 * language, must be understood as what it offers.
 */
class OptionRoundTripTest {

    private static final EmbeddedIntentClassifier CLASSIFIER = SharedClassifier.INSTANCE;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyIntentsOptionLabelIsClassifiedAsThatIntent(Language language) {
        ReplyTexts texts = ReplyTexts.in(language);
        List<String> misread = new ArrayList<>();
        for (Intent intent : IntentRules.TASKS) {
            String label = texts.option(intent);
            Classification classification = CLASSIFIER.classify(Conversation.of(ChatMessage.user(label)),
                    Workflow.QUERY_INTENT);
            if (classification.intent() != intent) {
                misread.add(label + " → " + classification.intent());
            }
        }
        assertEquals(List.of(), misread, language.tag());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyGoalOfferedForSettingsComesBackAsARecommendation(Language language) {
        List<String> goals = options(Dialogue.in(language).say(ReplyTexts.in(language).option(
                Intent.DETERMINE_SLICING_SETTINGS)));
        assertEquals(5, goals.size());
        for (String goal : goals) {
            Dialogue dialogue = Dialogue.in(language);
            AssistantReply reply = dialogue.say(goal);
            assertEquals(Intent.DETERMINE_SLICING_SETTINGS, dialogue.lastClassification().intent(), goal);
            assertTrue(reply.recommendation().isPresent(), goal + " → " + reply.content());
            assertEquals(List.of(ActionName.DETERMINE_SLICING_SETTINGS), actions(reply), goal);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theTroubleshootingOptionsLeadThroughTheFlow(Language language) {
        Dialogue worked = Dialogue.in(language);
        AssistantReply fix = firstFixChoosingTheFirstOptions(worked, language);
        assertEquals(List.of(ActionName.CONFIRM_END_TROUBLESHOOTING), actions(worked.choose(fix, 1)));

        Dialogue notFixed = Dialogue.in(language);
        AssistantReply sameFix = firstFixChoosingTheFirstOptions(notFixed, language);
        AssistantReply next = notFixed.choose(sameFix, 0);
        assertTrue(actions(next).contains(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW), next.content());
        assertEquals(options(sameFix), options(next), next.content());
    }

    /**
     * A print problem reported with the menu's option, troubleshooting entered the way the client does, then the
     * first option of every question (the problem, the diagnostic questions) until a fix is proposed.
     */
    private static AssistantReply firstFixChoosingTheFirstOptions(Dialogue dialogue, Language language) {
        AssistantReply confirmation = dialogue.say(ReplyTexts.in(language).option(Intent.PRINT_ISSUE));
        assertEquals(List.of(ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW), actions(confirmation));
        AssistantReply reply = dialogue.enterTroubleshooting().say(DefectKnowledge.standard()
                .question(DefectKnowledge.CURRENT_SETTINGS).options().getFirst().text(language));
        List<String> outcomes = DefectKnowledge.standard().question(DefectKnowledge.FIX_OUTCOME).options().stream()
                .map(option -> option.text(language)).toList();
        for (int step = 0; step < 5 && !options(reply).equals(outcomes); step++) {
            assertTrue(actions(reply).contains(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW), reply.content());
            reply = dialogue.choose(reply, 0);
        }
        assertEquals(outcomes, options(reply), reply.content());
        return reply;
    }
}
