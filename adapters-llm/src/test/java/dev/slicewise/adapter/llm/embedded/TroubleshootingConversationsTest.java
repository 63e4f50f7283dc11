package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.actions;
import static dev.slicewise.adapter.llm.embedded.Dialogue.Replies.options;
import static dev.slicewise.domain.assistant.ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS;
import static dev.slicewise.domain.assistant.ActionName.CONFIRM_END_TROUBLESHOOTING;
import static dev.slicewise.domain.assistant.ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW;
import static dev.slicewise.domain.assistant.ActionName.CONTACT_SUPPORT;
import static dev.slicewise.domain.assistant.ActionName.DETERMINE_SLICING_SETTINGS;
import static dev.slicewise.domain.assistant.ActionName.GUIDE_PRINT_ISSUE_TROUBLESHOOTING;
import static dev.slicewise.domain.assistant.ActionName.RETRIEVE_SLICING_SETTINGS;
import static dev.slicewise.domain.assistant.ActionName.SET_PRINT_TROUBLESHOOTING_FLOW;
import static dev.slicewise.domain.assistant.ActionName.SLICE_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scripted troubleshooting conversations with the real Elegoo Centauri Carbon presets, the way the reference client
 * holds them: the whole history sent each time, the workflow entered when the user confirms it. The expected values
 * follow from the presets and the defect knowledge (PLA's retraction 0.8 mm + 0.4; its nozzle at 210 °C - 10).
 */
class TroubleshootingConversationsTest {

    private static final List<String> YES_NO = List.of("Yes", "No", "Not sure");
    private static final List<String> OUTCOMES = List.of("It did not fix the problem",
            "It worked, the problem is gone", "I have another issue");
    private static final List<String> OUTCOMES_ZH = List.of("问题没有解决", "有效，问题解决了", "我还有别的问题");

    private static AssistantReply enter(Dialogue dialogue, String report, String confirmation) {
        AssistantReply restated = dialogue.say(report);
        assertEquals(List.of(CONFIRM_PRINT_TROUBLESHOOTING_FLOW), actions(restated));
        return dialogue.enterTroubleshooting().say(confirmation);
    }

    private static SlicingRecommendation recommendation(AssistantReply reply) {
        return reply.recommendation().orElseThrow(() -> new AssertionError("no slicing_profiles: " + reply));
    }

    private static String explanationOf(AssistantReply reply, String parameter) {
        return reply.explanations().stream().filter(e -> e.parameter().equals(parameter))
                .map(OverrideExplanation::explanation).findFirst()
                .orElseThrow(() -> new AssertionError(parameter + " is not explained: " + reply.explanations()));
    }

    // 1
    @Test
    void stringingOnPla_questionsThenRetraction_thenTheNextCause_thenItWorked() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        AssistantReply restated = dialogue.say("my print is stringing");
        assertEquals("It sounds like your print has a problem with stringing.\nWas that print made with your current "
                + "slicing settings?", restated.content());
        assertEquals(List.of(CONFIRM_PRINT_TROUBLESHOOTING_FLOW), actions(restated));

        AssistantReply travel = dialogue.enterTroubleshooting().say("Troubleshoot settings in current project");
        assertEquals(List.of(SET_PRINT_TROUBLESHOOTING_FLOW, GUIDE_PRINT_ISSUE_TROUBLESHOOTING,
                ASK_USER_TO_CHOOSE_FROM_OPTIONS), actions(travel));
        assertEquals("Let's find the cause step by step: stringing.\nAre the strings or blobs where the nozzle "
                + "moves between separate parts?", travel.content());
        assertEquals(YES_NO, options(travel));

        AssistantReply storage = dialogue.choose(travel, 0);
        assertEquals(List.of("In a dry box or sealed bag", "In the open for a few days", "In the open for weeks",
                "Not sure"), options(storage));

        AssistantReply retraction = dialogue.choose(storage, 0);
        assertEquals(List.of(SET_PRINT_TROUBLESHOOTING_FLOW, DETERMINE_SLICING_SETTINGS,
                ASK_USER_TO_CHOOSE_FROM_OPTIONS), actions(retraction));
        assertEquals(OUTCOMES, options(retraction));
        assertEquals(Map.of("filament_retraction_length", List.of("1.2"), "filament_retraction_speed", List.of("40")),
                recommendation(retraction).filamentOverrides());
        assertEquals(Cause.TOO_LITTLE_RETRACTION.text(Language.EN), explanationOf(retraction, "Retraction length"));
        assertTrue(retraction.content().startsWith("The most likely cause:\nToo little retraction"),
                retraction.content());
        assertTrue(retraction.content().contains("Retraction length to 1.2 mm, Retraction speed to 40 mm/s"),
                retraction.content());

        AssistantReply next = dialogue.say("It did not fix the problem");
        assertTrue(next.content().startsWith("The next most likely cause:\n"), next.content());
        assertTrue(actions(next).contains(SET_PRINT_TROUBLESHOOTING_FLOW));
        assertFalse(recommendation(next).filamentOverrides().containsKey("filament_retraction_length"));

        AssistantReply end = dialogue.say("It worked, the problem is gone");
        assertEquals(List.of(CONFIRM_END_TROUBLESHOOTING), actions(end));
        assertEquals("Glad to hear it! Shall I end troubleshooting?", end.content());

        AssistantReply again = dialogue.say("oh no, now it is stringing again");
        assertTrue(again.content().startsWith("Let's find the cause step by step: stringing."), again.content());
        assertEquals(YES_NO, options(again));
    }

    // 2
    @Test
    void stringingOnPetg_inChinese_inTheUsersOwnWords_driesTheFilamentFirst() {
        Dialogue dialogue = new Dialogue(Language.ZH_CN, Fixtures.profiles(Fixtures.PETG, Map.of()));
        AssistantReply travel = enter(dialogue, "我的PETG打印件拉丝很严重", "是的，就是现在的设置");
        assertEquals(List.of("是", "否", "不确定"), options(travel));
        assertTrue(travel.content().startsWith("我们一步一步找出原因：拉丝。"), travel.content());

        AssistantReply storage = dialogue.say("不确定");
        assertTrue(storage.content().contains("耗材是怎么存放的"), storage.content());

        AssistantReply dry = dialogue.say("放在外面好几周了");
        assertTrue(dry.content().startsWith("最可能的原因：\n耗材吸收了水分"), dry.content());
        assertTrue(dry.content().contains("烘干"), dry.content());
        assertEquals(Optional.empty(), dry.recommendation());
        assertEquals(OUTCOMES_ZH, options(dry));

        AssistantReply retraction = dialogue.say("还是拉丝，没解决");
        assertEquals(Map.of("filament_retraction_length", List.of("1.6"), "filament_retraction_speed", List.of("40")),
                recommendation(retraction).filamentOverrides());
        assertEquals(Cause.TOO_LITTLE_RETRACTION.text(Language.ZH_CN), explanationOf(retraction, "回抽长度"));

        assertEquals(List.of(CONFIRM_END_TROUBLESHOOTING), actions(dialogue.say("好了，解决了")));
    }

    // 3
    @Test
    void aSettingsQuestionMidFlow_isAnswered_andTheQuestionIsAskedAgain() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        AssistantReply travel = enter(dialogue, "my print is stringing", "Troubleshoot settings in current project");
        AssistantReply aside = dialogue.say("what is my nozzle temperature?");
        assertEquals(List.of(RETRIEVE_SLICING_SETTINGS, SET_PRINT_TROUBLESHOOTING_FLOW,
                ASK_USER_TO_CHOOSE_FROM_OPTIONS), actions(aside));
        assertTrue(aside.content().startsWith("Nozzle temperature: 210 °C"), aside.content());
        assertTrue(aside.content().endsWith("Back to your print problem:\nAre the strings or blobs where the nozzle "
                + "moves between separate parts?"), aside.content());
        assertEquals(options(travel), options(aside));

        AssistantReply storage = dialogue.say("No");
        assertTrue(storage.content().startsWith("How has the filament been stored?"), storage.content());
    }

    // 4
    @Test
    void aSliceRequestMidFlow_slices_andKeepsTheFixPending() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        AssistantReply travel = enter(dialogue, "it's stringing everywhere", "Troubleshoot settings in current project");
        AssistantReply storage = dialogue.choose(travel, 1);
        AssistantReply fix = dialogue.choose(storage, 0);
        assertEquals(OUTCOMES, options(fix));

        AssistantReply sliced = dialogue.say("slice the model now");
        assertEquals(List.of(SLICE_MODEL, SET_PRINT_TROUBLESHOOTING_FLOW, ASK_USER_TO_CHOOSE_FROM_OPTIONS),
                actions(sliced));
        assertEquals(OUTCOMES, options(sliced));

        AssistantReply next = dialogue.say("still stringing");
        assertTrue(next.content().startsWith("The next most likely cause:\n"), next.content());
    }

    // 5
    @Test
    void warping_inFreeText_dirtyBedFirst_thenDrafts_thenABrimThroughTheGuardrail() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        AssistantReply enclosure = enter(dialogue, "the corners of my print lift off the bed", "yes, these settings");
        assertTrue(enclosure.content().endsWith("Is the printer enclosed, with the door and lid closed?"),
                enclosure.content());
        AssistantReply bed = dialogue.say("no, it's an open printer");
        assertEquals(List.of("Today", "This week", "Longer ago, or never"), options(bed));

        AssistantReply clean = dialogue.say("honestly I never clean it");
        assertTrue(clean.content().startsWith("The most likely cause:\nGrease from fingers"), clean.content());
        assertEquals(Optional.empty(), clean.recommendation());

        AssistantReply drafts = dialogue.say("did not help");
        assertTrue(drafts.content().contains(Cause.DRAFTS.text(Language.EN)), drafts.content());

        AssistantReply brim = dialogue.say("nope, still warping");
        assertEquals(Map.of("brim_type", "outer_only", "brim_width", "8"), recommendation(brim).processOverrides());
        assertEquals(Cause.NO_BRIM.text(Language.EN), explanationOf(brim, "Brim width"));
    }

    // 6
    @Test
    void layerShiftOnOneAxis_isARepair_thenAfterThreeFixesSupport_thenTheOfferToEnd() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        AssistantReply axis = enter(dialogue, "my layers shifted halfway up", "Troubleshoot settings in current project");
        assertEquals(List.of("Along one axis", "Along both axes", "Not sure"), options(axis));
        dialogue.say("only along the x axis");
        AssistantReply belts = dialogue.say("no");
        assertTrue(belts.content().contains(Cause.LOOSE_BELTS.text(Language.EN)), belts.content());
        assertEquals(List.of(SET_PRINT_TROUBLESHOOTING_FLOW, CONTACT_SUPPORT, ASK_USER_TO_CHOOSE_FROM_OPTIONS),
                actions(belts));

        AssistantReply speeds = dialogue.say("still shifted");
        assertEquals(Map.of("default_acceleration", "7000", "outer_wall_speed", "128"),
                recommendation(speeds).processOverrides());
        AssistantReply zHop = dialogue.say("no luck");
        assertEquals(Map.of("filament_z_hop", List.of("0.4")), recommendation(zHop).filamentOverrides());

        AssistantReply support = dialogue.say("It did not fix the problem");
        assertEquals(List.of(SET_PRINT_TROUBLESHOOTING_FLOW, CONTACT_SUPPORT), actions(support));
        assertEquals("I'm sorry it still fails. Our support team can look into it with you.", support.content());
        assertEquals(List.of(CONFIRM_END_TROUBLESHOOTING), actions(dialogue.say("ok, and now?")));
    }

    // 7
    @Test
    void anotherIssueAfterAFix_asksWhichProblem_andStartsItsQuestions() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        AssistantReply travel = enter(dialogue, "it's stringing", "Troubleshoot settings in another project");
        assertTrue(travel.content().startsWith("Let's find the cause step by step: stringing. I will suggest changes "
                + "to the settings that are open now"), travel.content());
        dialogue.say("no");
        AssistantReply hot = dialogue.say("In a dry box or sealed bag");
        assertEquals(Map.of("nozzle_temperature", List.of("200")), recommendation(hot).filamentOverrides());
        assertEquals(Cause.NOZZLE_TOO_HOT.text(Language.EN), explanationOf(hot, "Nozzle temperature"));

        AssistantReply which = dialogue.say("I have another issue");
        assertEquals(List.of(SET_PRINT_TROUBLESHOOTING_FLOW, ASK_USER_TO_CHOOSE_FROM_OPTIONS), actions(which));
        assertEquals("warping", options(which).get(1));
        AssistantReply warping = dialogue.choose(which, 1);
        assertTrue(warping.content().startsWith("Let's find the cause step by step: warping."), warping.content());
        assertTrue(actions(warping).contains(GUIDE_PRINT_ISSUE_TROUBLESHOOTING));
    }

    // 8
    @Test
    void anUnrecognisedProblem_isAskedFor_andAnUnclearAnswerIsAskedAgain() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        AssistantReply which = enter(dialogue, "my print came out bad", "Troubleshoot settings in current project");
        assertEquals(PrintIssueReplies.COMMON.size(), options(which).size());
        AssistantReply corners = dialogue.say("ghosting (ringing)");
        assertTrue(corners.content().endsWith("Do the ripples appear just after corners or holes?"), corners.content());
        AssistantReply again = dialogue.say("hmm let me check");
        assertEquals("I did not quite get that.\nDo the ripples appear just after corners or holes?", again.content());
        assertEquals(YES_NO, options(again));
        AssistantReply speeds = dialogue.say("yes");
        assertEquals("Have you recently raised the speeds or accelerations?", speeds.content());
    }

    // 9
    @Test
    void askingForAPersonMidFlow_handsOver_andTheQuestionStaysOpen() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        AssistantReply travel = enter(dialogue, "my print is stringing", "Troubleshoot settings in current project");
        AssistantReply support = dialogue.say("can I talk to a human");
        assertEquals(List.of(CONTACT_SUPPORT, SET_PRINT_TROUBLESHOOTING_FLOW, ASK_USER_TO_CHOOSE_FROM_OPTIONS),
                actions(support));
        assertEquals(options(travel), options(support));
    }

    // 10
    @Test
    void warpingInChinese_aSettingsQuestionMidFlow_thenTheDirtyBed_thenSolved() {
        Dialogue dialogue = Dialogue.in(Language.ZH_CN);
        AssistantReply enclosure = enter(dialogue, "我的打印件翘边了", "排查当前项目的设置");
        assertTrue(enclosure.content().endsWith("打印机是封闭的吗？门和盖子关着吗？"), enclosure.content());
        AssistantReply aside = dialogue.say("我的喷嘴温度是多少？");
        assertTrue(aside.content().startsWith("喷嘴温度：210 °C"), aside.content());
        assertTrue(aside.content().endsWith("回到您的打印问题：\n打印机是封闭的吗？门和盖子关着吗？"), aside.content());
        assertEquals(List.of("是", "否", "不确定"), options(aside));

        AssistantReply bed = dialogue.say("没有外壳");
        assertEquals(List.of("今天", "本周", "更早，或从未清洗"), options(bed));
        AssistantReply clean = dialogue.say("很久没洗过了");
        assertTrue(clean.content().startsWith("最可能的原因：\n打印板上的手指油脂或灰尘"), clean.content());
        assertEquals(OUTCOMES_ZH, options(clean));
        assertEquals(List.of(CONFIRM_END_TROUBLESHOOTING), actions(dialogue.say("好了")));
    }

    // 11
    @Test
    void noTroubleshooting_atTheStartOrMidFlow_offersToEnd() {
        Dialogue atTheStart = Dialogue.in(Language.EN);
        AssistantReply declined = enter(atTheStart, "my print is stringing", "I don't want troubleshooting");
        assertEquals(List.of(CONFIRM_END_TROUBLESHOOTING), actions(declined));
        assertEquals("All right, no troubleshooting then. Shall I end it?", declined.content());

        Dialogue midFlow = new Dialogue(Language.ZH_CN, Fixtures.standardPla());
        enter(midFlow, "打印件拉丝", "排查当前项目的设置");
        assertEquals(List.of(CONFIRM_END_TROUBLESHOOTING), actions(midFlow.say("算了，我不想排查了")));
    }

    // 12
    @Test
    void thanksWithAStillFailingPrint_isNotTheEnd_butThatsAllIs() {
        Dialogue dialogue = Dialogue.in(Language.EN);
        enter(dialogue, "my print is stringing", "Troubleshoot settings in current project");
        assertTrue(actions(dialogue.say("thanks, but it is still stringing")).contains(SET_PRINT_TROUBLESHOOTING_FLOW));
        assertEquals(List.of(CONFIRM_END_TROUBLESHOOTING), actions(dialogue.say("that's all, thanks")));
    }

    @Test
    void aReportInAnotherLanguage_isRestatedWithTheDefectsName_andTroubleshotFromIt() {
        Dialogue dialogue = Dialogue.in(Language.DE);
        AssistantReply restated = dialogue.say("Mein Druck verzieht sich an den Ecken");
        assertTrue(restated.content().startsWith("Es klingt, als hätte Ihr Druck ein Problem mit Verziehen (Warping).\n"),
                restated.content());
        AssistantReply first = dialogue.enterTroubleshooting().say("Einstellungen im aktuellen Projekt prüfen");
        assertTrue(actions(first).contains(GUIDE_PRINT_ISSUE_TROUBLESHOOTING), first.content());
        assertEquals(List.of("Ja", "Nein", "Nicht sicher"), options(first));
    }

    @Test
    void anIssueItDoesNotRecognise_isQuoted() {
        AssistantReply reply = Turns.reply(Intent.PRINT_ISSUE, "the print  failed again");
        assertTrue(reply.content().startsWith("It sounds like something went wrong with your print: \"the print "
                + "failed again\"."), reply.content());
    }

    @Test
    void withoutSlicingProfiles_theFlowStillAsksAndProposesWhatNeedsNoCurrentValue() {
        AssistantReply reply = Turns.reply(Fixtures.request(new Conversation(List.of(
                ChatMessage.user("my print is warping"),
                ChatMessage.assistant(Turns.reply(Intent.PRINT_ISSUE, "my print is warping").content()),
                ChatMessage.user("Troubleshoot settings in current project"))),
                Workflow.PRINT_TROUBLESHOOTING, new Classification(Intent.PRINT_ISSUE, 1), Optional.empty(),
                List.of(), Language.EN));
        assertTrue(actions(reply).contains(SET_PRINT_TROUBLESHOOTING_FLOW));
        assertEquals(YES_NO, options(reply));
    }
}
