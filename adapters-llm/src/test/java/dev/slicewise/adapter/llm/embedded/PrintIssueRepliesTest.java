package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintIssueRepliesTest {

    @Test
    void outsideTroubleshooting_restatesTheDefectAndAsksToConfirmTroubleshooting() {
        AssistantReply reply = Turns.reply(Intent.PRINT_ISSUE, "my PETG prints have hairs all over them");
        assertEquals("It sounds like your print is stringing: thin threads of filament between separate parts of the "
                + "model. Was that print made with your current slicing settings?", reply.content());
        assertEquals(List.of(ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW), actions(reply));
    }

    @Test
    void anIssueItDoesNotRecogniseIsQuoted() {
        AssistantReply reply = Turns.reply(Intent.PRINT_ISSUE, "the print  failed again");
        assertTrue(reply.content().startsWith("It sounds like something went wrong with your print: \"the print "
                + "failed again\"."), reply.content());
    }

    @Test
    void troubleshootingFirstAsksWhetherTheCurrentSettingsWereUsed() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        dialogue.say("my prints keep warping at the corners");
        AssistantReply reply = dialogue.enterTroubleshooting().say("Troubleshoot settings in current project");
        assertEquals(List.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW, ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS),
                actions(reply));
        assertEquals(List.of("Yes, with the current settings", "No, with other settings"), options(reply));
    }

    @Test
    void thenGivesAdviceForTheReportedDefectAndAsksWhetherItHelped() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        dialogue.say("my prints keep warping at the corners");
        AssistantReply askSettings = dialogue.enterTroubleshooting().say("Troubleshoot settings in current project");
        AssistantReply advice = dialogue.choose(askSettings, 0);
        assertTrue(advice.content().startsWith("For warping, clean the bed, add a brim"), advice.content());
        assertEquals(List.of("Yes, it's fixed", "No, it still fails"), options(advice));
        assertTrue(Dialogue.Replies.has(advice, ActionName.SET_PRINT_TROUBLESHOOTING_FLOW));
    }

    @Test
    void whenTheAdviceDidNotHelp_handsOverToSupportAndThenOffersToEnd() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        dialogue.say("the first layer doesn't stick to the plate");
        AssistantReply advice = dialogue.choose(dialogue.enterTroubleshooting().say("let's troubleshoot"), 0);
        AssistantReply handOver = dialogue.choose(advice, 1);
        assertEquals(List.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW, ActionName.CONTACT_SUPPORT), actions(handOver));
        assertEquals(List.of(ActionName.CONFIRM_END_TROUBLESHOOTING), actions(dialogue.say("ok and now?")));
    }

    @Test
    void whenTheProblemIsFixed_onlyOffersToEndTroubleshooting() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        dialogue.say("it's stringing like crazy");
        AssistantReply advice = dialogue.choose(dialogue.enterTroubleshooting().say("let's troubleshoot"), 0);
        assertEquals(List.of(ActionName.CONFIRM_END_TROUBLESHOOTING), actions(dialogue.choose(advice, 0)));
    }

    @Test
    void thanksWithAStillFailingPrintIsNotTheEnd() {
        AssistantReply reply = troubleshootingTurn(Intent.PRINT_ISSUE, "thanks, but it is still stringing");
        assertTrue(Dialogue.Replies.has(reply, ActionName.SET_PRINT_TROUBLESHOOTING_FLOW));
    }

    @Test
    void askingForSupportDuringTroubleshootingHandsOver() {
        assertEquals(List.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW, ActionName.CONTACT_SUPPORT),
                actions(troubleshootingTurn(Intent.CONTACT_SUPPORT, "can I talk to a human")));
    }

    @Test
    void anotherRequestDuringTroubleshootingOffersToEndItFirst() {
        AssistantReply reply = troubleshootingTurn(Intent.SLICE_MODEL, "slice it");
        assertEquals(List.of(ActionName.CONFIRM_END_TROUBLESHOOTING), actions(reply));
        assertEquals("That sounds like something else. Shall I end troubleshooting first?", reply.content());
    }

    private static AssistantReply troubleshootingTurn(Intent intent, String message) {
        return Turns.reply(new AssistantRequest(Conversation.of(ChatMessage.user(message)),
                Workflow.PRINT_TROUBLESHOOTING, new Classification(intent, 0.9), Optional.of(Fixtures.standardPla()),
                Fixtures.onePlateWithACube(), Language.EN));
    }
}
