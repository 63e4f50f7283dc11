package dev.slicewise.domain.troubleshooting;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.catalog.ElegooPresetFixtures;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.knowledge.defects.DiagnosticQuestion;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.summary.Awaiting;
import dev.slicewise.domain.summary.ProblemFacts;
import dev.slicewise.domain.summary.TriedFix;
import dev.slicewise.domain.summary.TroubleshootingProgress;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep.Ending;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The troubleshooting state machine: the step after a message, from the progress the conversation shows, whatever
 * engine will word it.
 */
class TroubleshootingTest {

    private static final Troubleshooting FLOW = Troubleshooting.standard();
    private static final DefectKnowledge KNOWLEDGE = DefectKnowledge.standard();
    private static final SlicingProfiles PLA = ElegooPresetFixtures.selecting(
            "Elegoo PLA @ECC", "0.20mm Standard @Elegoo CC 0.4 nozzle");
    private static final Set<String> STRINGING_ASKED = Set.of("travel_moves", "storage");
    private static final Map<String, String> STRINGING_ANSWERS = Map.of("travel_moves", "YES", "storage", "DRY_BOX");

    private static DiagnosticQuestion question(String id) {
        return KNOWLEDGE.question(id);
    }

    private static TroubleshootingProgress progress(List<TriedFix> fixes, Awaiting awaiting, Optional<String> answer) {
        return new TroubleshootingProgress(List.of(new ProblemFacts(Defect.STRINGING, STRINGING_ASKED,
                STRINGING_ANSWERS, fixes)), false, awaiting, answer, false);
    }

    private static TriedFix failed(Cause cause) {
        return new TriedFix(cause, Optional.of("NOT_FIXED"));
    }

    private static TroubleshootingStep next(TroubleshootingProgress progress, Intent intent, String latest) {
        return FLOW.next(progress, PLA, intent, latest);
    }

    @Test
    void aNewProblem_opensWithItsFirstQuestion() {
        TroubleshootingProgress reported = new TroubleshootingProgress(List.of(new ProblemFacts(Defect.STRINGING,
                Set.of(), Map.of(), List.of())), true, new Awaiting.Nothing(), Optional.empty(), true);

        assertEquals(new TroubleshootingStep.Ask(question("travel_moves"),
                        Optional.of(new TroubleshootingStep.Opening(Defect.STRINGING, true)), false),
                next(reported, Intent.PRINT_ISSUE, "there are strings everywhere"));
    }

    @Test
    void everyQuestionAnswered_proposesTheFirstFix_forTheLikeliestCause() {
        TroubleshootingProgress answered = progress(List.of(), new Awaiting.Answer(question("storage")),
                Optional.of("DRY_BOX"));

        TroubleshootingStep step = next(answered, Intent.PRINT_ISSUE, "in a dry box");

        TroubleshootingStep.ProposeFix fix = assertInstanceOf(TroubleshootingStep.ProposeFix.class, step);
        assertEquals(0, fix.tried());
        assertEquals(Optional.empty(), fix.opening());
        assertEquals(KNOWLEDGE.rankCauses(Defect.STRINGING, PLA, STRINGING_ANSWERS).getFirst(), fix.cause());
    }

    @Test
    void aFixThatDidNotHelp_proposesTheNextCause_notOneTriedBefore() {
        Cause first = KNOWLEDGE.rankCauses(Defect.STRINGING, PLA, STRINGING_ANSWERS).getFirst().cause();
        TroubleshootingProgress failedOnce = progress(List.of(failed(first)), new Awaiting.Outcome(first),
                Optional.of("NOT_FIXED"));

        TroubleshootingStep.ProposeFix fix = assertInstanceOf(TroubleshootingStep.ProposeFix.class,
                next(failedOnce, Intent.PRINT_ISSUE, "nein, immer noch Fäden"));

        assertEquals(1, fix.tried());
        assertNotEquals(first, fix.cause().cause());
    }

    @Test
    void theSecondFailedFix_stillProposesAThird() {
        List<TriedFix> two = List.of(failed(Cause.NOZZLE_TOO_HOT), failed(Cause.TOO_LITTLE_RETRACTION));

        TroubleshootingStep step = next(progress(two, new Awaiting.Outcome(Cause.TOO_LITTLE_RETRACTION),
                Optional.of("NOT_FIXED")), Intent.PRINT_ISSUE, "still stringing");

        assertEquals(2, assertInstanceOf(TroubleshootingStep.ProposeFix.class, step).tried());
    }

    @Test
    void theThirdFailedFix_handsOverToSupport_thoughCausesRemain() {
        List<TriedFix> three = List.of(failed(Cause.NOZZLE_TOO_HOT), failed(Cause.TOO_LITTLE_RETRACTION),
                failed(Cause.WET_FILAMENT));
        assertTrue(KNOWLEDGE.rankCauses(Defect.STRINGING, PLA, STRINGING_ANSWERS).size() > 3);

        assertEquals(new TroubleshootingStep.HandToSupport(Defect.STRINGING), next(progress(three,
                new Awaiting.Outcome(Cause.WET_FILAMENT), Optional.of("NOT_FIXED")), Intent.PRINT_ISSUE,
                "no, it did not help"));
    }

    @Test
    void aFixThatWorked_offersToEnd() {
        List<TriedFix> worked = List.of(new TriedFix(Cause.NOZZLE_TOO_HOT, Optional.of("WORKED")));

        assertEquals(new TroubleshootingStep.OfferEnd(Ending.SOLVED), next(progress(worked,
                new Awaiting.Outcome(Cause.NOZZLE_TOO_HOT), Optional.of("WORKED")), Intent.PRINT_ISSUE,
                "yes it worked"));
    }

    @Test
    void anotherIssueAfterAFix_asksWhichProblem() {
        List<TriedFix> another = List.of(new TriedFix(Cause.NOZZLE_TOO_HOT, Optional.of("ANOTHER_ISSUE")));

        assertEquals(new TroubleshootingStep.AskProblem(false), next(progress(another,
                new Awaiting.Outcome(Cause.NOZZLE_TOO_HOT), Optional.of("ANOTHER_ISSUE")), Intent.PRINT_ISSUE,
                "I have another issue"));
    }

    @Test
    void noTroubleshootingWanted_offersToEnd() {
        TroubleshootingProgress declined = new TroubleshootingProgress(List.of(new ProblemFacts(Defect.STRINGING,
                Set.of(), Map.of(), List.of())), false, new Awaiting.Answer(question("current_settings")),
                Optional.of("NO_TROUBLESHOOTING"), false);

        assertEquals(new TroubleshootingStep.OfferEnd(Ending.DECLINED),
                next(declined, Intent.PRINT_ISSUE, "I don't want troubleshooting"));
    }

    @Test
    void aMessageThatAnswersNothing_asksTheQuestionAgain_orHowTheFixWent() {
        TroubleshootingProgress waiting = progress(List.of(), new Awaiting.Answer(question("storage")),
                Optional.empty());
        assertEquals(new TroubleshootingStep.Ask(question("storage"), Optional.empty(), true),
                next(waiting, Intent.UNCLEAR, "hmm"));

        TroubleshootingProgress fixProposed = progress(List.of(new TriedFix(Cause.NOZZLE_TOO_HOT, Optional.empty())),
                new Awaiting.Outcome(Cause.NOZZLE_TOO_HOT), Optional.empty());
        assertEquals(new TroubleshootingStep.AskOutcome(Cause.NOZZLE_TOO_HOT),
                next(fixProposed, Intent.GREETING, "hello again"));
    }

    @Test
    void anotherRequestInTheMiddle_isAnAside_thatKeepsWhatIsPending() {
        Awaiting pending = new Awaiting.Answer(question("storage"));

        assertEquals(new TroubleshootingStep.Aside(pending), next(progress(List.of(), pending, Optional.empty()),
                Intent.RETRIEVE_SLICING_SETTINGS, "what is my nozzle temperature?"));
    }

    @Test
    void anotherTopic_orDoneInTheUsersWords_offersToEnd() {
        TroubleshootingProgress waiting = progress(List.of(), new Awaiting.Answer(question("storage")),
                Optional.empty());

        assertEquals(new TroubleshootingStep.OfferEnd(Ending.CHANGED_TOPIC),
                next(waiting, Intent.OFF_TOPIC, "what's the weather tomorrow"));
        assertEquals(new TroubleshootingStep.OfferEnd(Ending.SOLVED),
                next(waiting, Intent.GREETING, "Danke, das hat sich erledigt"));
        assertEquals(new TroubleshootingStep.OfferEnd(Ending.SOLVED),
                next(waiting, Intent.UNCLEAR, "спасибо, всё хорошо"));
        assertInstanceOf(TroubleshootingStep.Ask.class, next(waiting, Intent.UNCLEAR, "merci, mais toujours pas"));
    }

    @Test
    void stepFor_outsideTheWorkflow_confirmsAReportedProblem_inAnyLanguage_andIsNoneForOtherTurns() {
        assertEquals(Optional.of(new TroubleshootingStep.Confirm(Optional.of(Defect.WARPING))),
                FLOW.stepFor(Conversation.of(ChatMessage.user("Meine Ecken heben sich vom Bett ab")),
                        Workflow.QUERY_INTENT, Intent.PRINT_ISSUE, Optional.of(PLA)));
        assertEquals(Optional.of(new TroubleshootingStep.Confirm(Optional.empty())),
                FLOW.stepFor(Conversation.of(ChatMessage.user("my print came out bad")),
                        Workflow.QUERY_INTENT, Intent.PRINT_ISSUE, Optional.of(PLA)));
        assertEquals(Optional.empty(), FLOW.stepFor(Conversation.of(ChatMessage.user("make it stronger")),
                Workflow.QUERY_INTENT, Intent.DETERMINE_SLICING_SETTINGS, Optional.of(PLA)));
    }

    @Test
    void stepFor_inTheWorkflow_replaysTheConversation_andReadsAGermanFreeTextOutcome() {
        List<ChatMessage> messages = new ArrayList<>(List.of(
                ChatMessage.user("Mein Druck zieht Fäden"),
                ChatMessage.assistant("Es klingt nach Fädenziehen.\n"
                        + question("current_settings").text(Language.DE)),
                ChatMessage.user("Einstellungen im aktuellen Projekt prüfen"),
                ChatMessage.assistant(question("travel_moves").text(Language.DE)),
                ChatMessage.user("ja, zwischen den Türmen"),
                ChatMessage.assistant(question("storage").text(Language.DE)),
                ChatMessage.user("es lag wochenlang offen im Regal"),
                ChatMessage.assistant("Die wahrscheinlichste Ursache:\n" + Cause.WET_FILAMENT.text(Language.DE)
                        + "\n" + question("fix_outcome").text(Language.DE)),
                ChatMessage.user("nein, leider immer noch")));

        TroubleshootingStep step = FLOW.stepFor(new Conversation(messages), Workflow.PRINT_TROUBLESHOOTING,
                Intent.PRINT_ISSUE, Optional.of(PLA)).orElseThrow();

        TroubleshootingStep.ProposeFix fix = assertInstanceOf(TroubleshootingStep.ProposeFix.class, step);
        assertEquals(1, fix.tried());
        assertNotEquals(Cause.WET_FILAMENT, fix.cause().cause());
    }
}
