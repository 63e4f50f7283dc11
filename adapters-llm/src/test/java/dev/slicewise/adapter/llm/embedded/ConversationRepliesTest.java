package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationRepliesTest {

    private static final List<String> MENU = List.of("Recommend slicing settings", "Show my current settings",
            "Fix a print problem", "Slice the model");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SLICE_MODEL     | SLICE_MODEL
            AUTO_ORIENT     | AUTO_ORIENT_ALL_MODELS
            AUTO_ARRANGE    | AUTO_ARRANGE_ALL_MODELS
            ADD_PRINTERS    | ADD_PRINTERS
            CHANGE_PRINTER  | CHANGE_PRINTER
            ADD_FILAMENTS   | ADD_FILAMENTS
            CHANGE_FILAMENT | CHANGE_FILAMENT
            CONTACT_SUPPORT | CONTACT_SUPPORT
            START_CHAT_OVER | START_CHAT_OVER
            """)
    void aControlIntentIsConfirmedWithItsAction(Intent intent, ActionName action) {
        AssistantReply reply = Turns.reply(intent, "whatever the user said");
        assertEquals(List.of(action), actions(reply));
        assertTrue(!reply.content().isBlank() && reply.recommendation().isEmpty());
    }

    @Test
    void aGreetingOffersWhatTheAssistantCanDo() {
        AssistantReply reply = Turns.reply(Intent.GREETING, "hey!");
        assertTrue(reply.content().startsWith("Hi! I'm your slicing assistant."), reply.content());
        assertEquals(MENU, options(reply));
    }

    @Test
    void aGeneralQuestionAboutAKnownTopicGetsAShortAnswerAndNoAction() {
        AssistantReply reply = Turns.reply(Intent.GENERAL_QUESTION, "what's a raft good for?");
        assertTrue(reply.content().startsWith("A raft is a thick grid"), reply.content());
        assertEquals(List.of(), reply.actions());
    }

    @Test
    void aGeneralQuestionOnAnotherTopicSaysWhatTheAssistantCanDo() {
        AssistantReply reply = Turns.reply(Intent.GENERAL_QUESTION, "how does a bowden extruder work?");
        assertTrue(reply.content().startsWith("I'm a 3D printing assistant"), reply.content());
        assertEquals(List.of(), reply.actions());
    }

    @Test
    void aGeneralAnswerIsInTheRequestsLanguage() {
        AssistantReply reply = Turns.reply(Intent.GENERAL_QUESTION, "为什么耗材需要烘干？", Language.ZH_CN);
        assertTrue(reply.content().startsWith("耗材会吸收空气中的水分"), reply.content());
    }

    @Test
    void offTopicIsDeclinedPolitelyWithTheMenu() {
        AssistantReply reply = Turns.reply(Intent.OFF_TOPIC, "who won the game last night?");
        assertTrue(reply.content().startsWith("Sorry, I can only help with 3D printing"), reply.content());
        assertEquals(MENU, options(reply));
    }

    @Test
    void anUnclearMessageAsksWhichOfTheLikelyIntentsWasMeant() {
        AssistantReply reply = Turns.reply(Fixtures.request(
                Conversation.of(ChatMessage.user("slice it, then contact support")), Workflow.QUERY_INTENT,
                new Classification(Intent.UNCLEAR, 0.3, List.of(Intent.SLICE_MODEL, Intent.CONTACT_SUPPORT)),
                Optional.empty(), List.of(), Language.EN));
        assertEquals(List.of("Slice the model", "Contact support"), options(reply));
    }

    @Test
    void anUnclearMessageWithoutLikelyIntents_offersTheMenu() {
        assertEquals(MENU.size(), options(Turns.reply(Intent.UNCLEAR, "hmm")).size());
    }

    @Test
    void aVagueMessageIsAnsweredWithTheMenu() {
        assertEquals(MENU, options(Turns.reply(Intent.UNCLEAR, "PETG on a textured sheet")));
    }
}
