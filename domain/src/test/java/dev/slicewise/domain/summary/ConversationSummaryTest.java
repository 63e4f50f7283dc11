package dev.slicewise.domain.summary;

import dev.slicewise.domain.catalog.ElegooPresetFixtures;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.slicing.SlicingProfiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary of a conversation as the embedded assistant writes troubleshooting steps: each step carries the
 * knowledge's own texts, which is how the summary reads them back.
 */
class ConversationSummaryTest {

    private static final DefectKnowledge KNOWLEDGE = DefectKnowledge.standard();
    private static final Optional<SlicingProfiles> PETG = Optional.of(ElegooPresetFixtures.selecting(
            "Elegoo PETG PRO @ECC", "0.20mm Standard @Elegoo CC 0.4 nozzle"));

    private static String question(String id, Language language) {
        return KNOWLEDGE.question(id).text(language);
    }

    private static String fix(Cause cause, Language language) {
        return "The most likely cause:\n" + cause.text(language) + "\n" + question(DefectKnowledge.FIX_OUTCOME,
                language);
    }

    /** Stringing reported, troubleshooting entered, two questions answered, a fix that did not help. */
    private static List<ChatMessage> stringingFlow() {
        return new ArrayList<>(List.of(
                ChatMessage.user("my PETG print is stringing"),
                ChatMessage.assistant("It sounds like stringing.\n" + question("current_settings", Language.EN)),
                ChatMessage.user("Troubleshoot settings in current project"),
                ChatMessage.assistant(question("travel_moves", Language.EN)),
                ChatMessage.user("yes, between the towers"),
                ChatMessage.assistant(question("storage", Language.EN)),
                ChatMessage.user("it sat on the shelf for months"),
                ChatMessage.assistant(fix(Cause.WET_FILAMENT, Language.EN)),
                ChatMessage.user("It did not fix the problem")));
    }

    @Test
    void fewerThanFourUserMessages_areKeptWhole() {
        List<ChatMessage> messages = stringingFlow().subList(0, 5);
        ConversationSummary summary = ConversationSummary.of(new Conversation(messages), PETG);
        assertFalse(summary.isCondensed());
        assertEquals(messages, summary.recent());
    }

    @Test
    void fromFourUserMessages_earlierTurnsAreCondensed_andOnlyTheRecentAreKept() {
        List<ChatMessage> messages = stringingFlow();
        ConversationSummary summary = ConversationSummary.of(new Conversation(messages), PETG);
        assertTrue(summary.isCondensed());
        assertEquals(messages.size() - ConversationSummary.RECENT, summary.condensed());
        assertEquals(messages.subList(messages.size() - ConversationSummary.RECENT, messages.size()), summary.recent());
    }

    @Test
    void theFacts_areThePrinterMaterialProblemAnswersAndFixesWithTheirOutcome() {
        ConversationFacts facts = ConversationSummary.of(new Conversation(stringingFlow()), PETG).facts();
        assertEquals(Optional.of("Elegoo CC 0.4 nozzle"), facts.printer());
        assertEquals(Optional.of(Material.PETG), facts.material());
        ProblemFacts problem = facts.troubleshooting().current().orElseThrow();
        assertEquals(Defect.STRINGING, problem.defect());
        assertEquals(Map.of("travel_moves", "YES", "storage", "OPEN_WEEKS"), problem.answers());
        assertEquals(List.of(new TriedFix(Cause.WET_FILAMENT, Optional.of("NOT_FIXED"))), problem.fixes());
        assertInstanceOf(Awaiting.Outcome.class, facts.troubleshooting().awaiting());
        assertEquals(Optional.of("NOT_FIXED"), facts.troubleshooting().answer());
    }

    @Test
    void anAnswerThatNamesAnotherDefect_isAnAnswer_notANewProblem() {
        List<ChatMessage> messages = stringingFlow().subList(0, 6);
        messages.add(ChatMessage.user("in a dry box, but it is damp here"));
        TroubleshootingProgress progress = ConversationSummary.of(new Conversation(messages), PETG).facts()
                .troubleshooting();
        assertEquals(Optional.of("DRY_BOX"), progress.answer());
        assertFalse(progress.newProblem());
        assertEquals(List.of(Defect.STRINGING), progress.problems().stream().map(ProblemFacts::defect).toList());
    }

    @Test
    void anotherIssueAfterAFix_startsANewProblem_andKeepsTheFirst() {
        List<ChatMessage> messages = stringingFlow();
        messages.add(ChatMessage.assistant(fix(Cause.TOO_LITTLE_RETRACTION, Language.EN)));
        messages.add(ChatMessage.user("that worked, but now the corners are warping"));
        TroubleshootingProgress progress = ConversationSummary.of(new Conversation(messages), PETG).facts()
                .troubleshooting();
        assertTrue(progress.newProblem());
        assertEquals(List.of(Defect.STRINGING, Defect.WARPING),
                progress.problems().stream().map(ProblemFacts::defect).toList());
        assertTrue(progress.problems().getFirst().solved());
    }

    @Test
    void theSameDefectAgain_onceSolved_isANewProblem_butNotInTheAnswerThatSolvedIt() {
        List<ChatMessage> messages = stringingFlow();
        messages.add(ChatMessage.assistant(fix(Cause.TOO_LITTLE_RETRACTION, Language.EN)));
        messages.add(ChatMessage.user("it worked, no more stringing"));
        TroubleshootingProgress solved = ConversationSummary.of(new Conversation(messages), PETG).facts()
                .troubleshooting();
        assertFalse(solved.newProblem());
        assertTrue(solved.current().orElseThrow().solved());

        messages.add(ChatMessage.assistant("Glad to hear it!"));
        messages.add(ChatMessage.user("oh no, it is stringing again"));
        TroubleshootingProgress again = ConversationSummary.of(new Conversation(messages), PETG).facts()
                .troubleshooting();
        assertTrue(again.newProblem());
        assertEquals(List.of(Defect.STRINGING, Defect.STRINGING),
                again.problems().stream().map(ProblemFacts::defect).toList());
    }

    @Test
    void theOtherProjectAnswer_isAFact() {
        List<ChatMessage> messages = new ArrayList<>(stringingFlow().subList(0, 2));
        messages.add(ChatMessage.user("排查另一个项目的设置"));
        assertTrue(ConversationSummary.of(new Conversation(messages), PETG).facts().troubleshooting().otherProject());
    }

    @Test
    void aChineseConversation_isReadTheSameWay() {
        List<ChatMessage> messages = List.of(
                ChatMessage.user("我的打印件拉丝很严重"),
                ChatMessage.assistant("听起来是拉丝。\n" + question("current_settings", Language.ZH_CN)),
                ChatMessage.user("是的"),
                ChatMessage.assistant(question("travel_moves", Language.ZH_CN)),
                ChatMessage.user("不确定"),
                ChatMessage.assistant(question("storage", Language.ZH_CN)),
                ChatMessage.user("一直放在干燥箱里"));
        ProblemFacts problem = ConversationSummary.of(new Conversation(messages), PETG).facts().troubleshooting()
                .current().orElseThrow();
        assertEquals(Map.of("travel_moves", "NOT_SURE", "storage", "DRY_BOX"), problem.answers());
    }

    @Test
    void render_givesTheFactsThenTheRecentMessages_inTheLanguage() {
        ConversationSummary summary = ConversationSummary.of(new Conversation(stringingFlow()), PETG);
        String english = summary.render(Language.EN);
        assertTrue(english.startsWith("Summary of the 3 earlier messages:\nPrinter: Elegoo CC 0.4 nozzle\n"
                + "Material: PETG\nProblem: stringing\n"), english);
        assertTrue(english.contains("How has the filament been stored? In the open for weeks"), english);
        assertTrue(english.contains("Proposed fix: " + Cause.WET_FILAMENT.text(Language.EN)
                + " Outcome: It did not fix the problem"), english);
        assertTrue(english.endsWith("User: It did not fix the problem"), english);
        String chinese = summary.render(Language.ZH_CN);
        assertTrue(chinese.contains("问题：拉丝"), chinese);
        assertTrue(chinese.contains("结果：问题没有解决"), chinese);
    }

    @Test
    void renderFacts_isTheRenderWithoutTheRecentMessages() {
        ConversationSummary summary = ConversationSummary.of(new Conversation(stringingFlow()), PETG);
        String facts = summary.renderFacts(Language.EN);
        assertTrue(summary.render(Language.EN).startsWith(facts + "\nMost recent messages:\n"));
        assertTrue(facts.endsWith("Outcome: It did not fix the problem"), facts);
        assertFalse(facts.contains("User:"), facts);
        assertEquals("", ConversationSummary.of(Conversation.of(ChatMessage.user("hello")), Optional.empty())
                .renderFacts(Language.EN));
    }

    @Test
    void aConversationWithoutTroubleshooting_hasNoProblems_andNoProfilesMeansNoPrinter() {
        ConversationSummary summary = ConversationSummary.of(Conversation.of(ChatMessage.user("hello")),
                Optional.empty());
        assertEquals(List.of(), summary.facts().troubleshooting().problems());
        assertEquals(Optional.empty(), summary.facts().printer());
        assertEquals("Most recent messages:\nUser: hello", summary.render(Language.EN));
    }
}
