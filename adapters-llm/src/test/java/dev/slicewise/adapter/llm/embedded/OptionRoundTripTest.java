package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
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
        Dialogue fixed = Dialogue.in(language);
        AssistantReply advice = adviceAfterChoosingTheCurrentSettings(fixed, language);
        assertEquals(List.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW, ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS),
                actions(advice), advice.content());
        assertEquals(List.of(ActionName.CONFIRM_END_TROUBLESHOOTING), actions(fixed.choose(advice, 0)));

        Dialogue notFixed = Dialogue.in(language);
        AssistantReply sameAdvice = adviceAfterChoosingTheCurrentSettings(notFixed, language);
        assertEquals(List.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW, ActionName.CONTACT_SUPPORT),
                actions(notFixed.choose(sameAdvice, 1)));
    }

    /** A print problem reported, troubleshooting entered the way the client does, "the current settings" chosen. */
    private static AssistantReply adviceAfterChoosingTheCurrentSettings(Dialogue dialogue, Language language) {
        String report = ReplyTexts.in(language).option(Intent.PRINT_ISSUE);
        AssistantReply confirmation = dialogue.say(report);
        assertEquals(List.of(ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW), actions(confirmation));
        AssistantReply settingsQuestion = dialogue.enterTroubleshooting().say(report);
        assertEquals(2, options(settingsQuestion).size(), settingsQuestion.content());
        return dialogue.choose(settingsQuestion, 0);
    }
}
