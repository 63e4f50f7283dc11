package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.summary.Awaiting;
import dev.slicewise.domain.troubleshooting.Troubleshooting;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep.Opening;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract between the words and the replay: the embedded wording of every step carries, in every language, the
 * texts the next turn reads the step back by ({@link Troubleshooting#waitsOn}), each on a line of its own.
 */
class StepWordingTest {

    private static final DefectKnowledge KNOWLEDGE = DefectKnowledge.standard();
    private static final PrintIssueReplies WORDS = new PrintIssueReplies(SettingsCatalog.standard());

    private static List<TroubleshootingStep> steps() {
        return List.of(
                new TroubleshootingStep.Confirm(Optional.of(Defect.WARPING)),
                new TroubleshootingStep.Confirm(Optional.empty()),
                new TroubleshootingStep.Ask(KNOWLEDGE.question("storage"),
                        Optional.of(new Opening(Defect.STRINGING, true)), false),
                new TroubleshootingStep.Ask(KNOWLEDGE.question("where"), Optional.empty(), true),
                new TroubleshootingStep.AskOutcome(Cause.NO_BRIM),
                new TroubleshootingStep.AskProblem(true),
                new TroubleshootingStep.ProposeFix(KNOWLEDGE.rankCauses(Defect.STRINGING, Fixtures.standardPla())
                        .getFirst(), 0, Optional.empty()),
                new TroubleshootingStep.ProposeFix(KNOWLEDGE.rankCauses(Defect.WARPING, Fixtures.standardPla())
                        .get(1), 2, Optional.of(new Opening(Defect.WARPING, false))),
                new TroubleshootingStep.Aside(new Awaiting.Answer(KNOWLEDGE.question("enclosure"))),
                new TroubleshootingStep.Aside(new Awaiting.Outcome(Cause.DRAFTS)),
                new TroubleshootingStep.Aside(new Awaiting.Problem()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStepsWords_carryTheTextsItIsReadBackBy_onLinesOfTheirOwn(Language language) {
        ReplyTexts texts = ReplyTexts.in(language);
        for (TroubleshootingStep step : steps()) {
            AssistantReply reply = WORDS.word(step, "the print looks odd", Fixtures.standardPla(), texts,
                    () -> AssistantReply.text(texts.text("general.fallback"), List.of()));
            List<String> lines = reply.content().lines().map(String::strip).toList();
            for (String text : Troubleshooting.standard().waitsOn(step, language)) {
                boolean restatedDefect = step instanceof TroubleshootingStep.Confirm
                        && !text.equals(KNOWLEDGE.question(DefectKnowledge.CURRENT_SETTINGS).text(language));
                assertTrue(restatedDefect ? reply.content().contains(text) : lines.contains(text),
                        step + " in " + language + " lacks \"" + text + "\":\n" + reply.content());
            }
        }
    }
}
