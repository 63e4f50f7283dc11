package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.catalog.GuardrailNotes;
import dev.slicewise.domain.catalog.GuardrailResult;
import dev.slicewise.domain.catalog.RecommendationGuardrail;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.knowledge.defects.DiagnosticQuestion;
import dev.slicewise.domain.knowledge.defects.Evidence;
import dev.slicewise.domain.knowledge.defects.Fix;
import dev.slicewise.domain.knowledge.defects.RankedCause;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import dev.slicewise.domain.summary.Awaiting;
import dev.slicewise.domain.troubleshooting.Troubleshooting;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep.Ending;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep.Opening;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Words the print troubleshooting's steps, which the domain decides ({@link Troubleshooting}): the restatement of a
 * reported problem with the question whether the print used the current settings ({@code
 * confirm_print_troubleshooting_flow}); inside the workflow, with {@code set_print_troubleshooting_flow} (the first
 * step of a problem also {@code guide_print_issue_troubleshooting}), a question with its options, a fix (settings
 * through the guardrail, with {@code determine_slicing_settings}; work at the printer; a repair adds
 * {@code contact_support}) with the options of how it went, support, or the offer to end ({@code
 * confirm_end_troubleshooting} alone). An aside is answered as usual and the pending question asked again. The texts
 * the next turn reads the step back by ({@link Troubleshooting#waitsOn}) each stand on a line of their own.
 */
final class PrintIssueReplies {

    /** The defects offered when the user has not said what the problem is. */
    static final List<Defect> COMMON = List.of(Defect.STRINGING, Defect.WARPING, Defect.POOR_FIRST_LAYER_ADHESION,
            Defect.UNDER_EXTRUSION, Defect.LAYER_SHIFT, Defect.DETACHED_PRINT, Defect.CLOGGED_NOZZLE,
            Defect.GHOSTING);

    private static final int QUOTE_LENGTH = 120;
    private static final AgentAction STAY = AgentAction.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW);
    private static final AgentAction SUPPORT = AgentAction.of(ActionName.CONTACT_SUPPORT);

    private final DefectKnowledge knowledge = DefectKnowledge.standard();
    private final RecommendationGuardrail guardrail;
    private final GuardrailNotes notes;

    PrintIssueReplies(SettingsCatalog catalog) {
        this.guardrail = new RecommendationGuardrail(catalog);
        this.notes = new GuardrailNotes(catalog);
    }

    /**
     * The reply that takes the step.
     *
     * @param report the user's latest message, quoted when a reported problem was not recognised
     * @param aside  the usual reply to the message, for an aside
     */
    AssistantReply word(TroubleshootingStep step, String report, SlicingProfiles profiles, ReplyTexts texts,
                        Supplier<AssistantReply> aside) {
        String again = texts.text("troubleshooting.reask");
        return switch (step) {
            case TroubleshootingStep.Confirm(Optional<Defect> reported) -> confirm(reported, report, texts);
            case TroubleshootingStep.Ask(DiagnosticQuestion question, Optional<Opening> opening, boolean asked) ->
                    opened(opening, texts, ask(question, asked ? again : "", texts));
            case TroubleshootingStep.AskOutcome(Cause cause) -> AssistantReply.text(again + "\n"
                    + cause.text(texts.language()) + "\n" + outcomeQuestion(texts),
                    List.of(STAY, outcomeOptions(texts)));
            case TroubleshootingStep.AskProblem(boolean asked) -> askProblem(asked ? again : "", texts);
            case TroubleshootingStep.ProposeFix(RankedCause cause, int tried, Optional<Opening> opening) ->
                    opened(opening, texts, propose(cause, profiles, tried == 0, texts));
            case TroubleshootingStep.HandToSupport support ->
                    AssistantReply.text(texts.text("troubleshooting.support"), List.of(STAY, SUPPORT));
            case TroubleshootingStep.OfferEnd(Ending ending) -> AssistantReply.text(texts.text(switch (ending) {
                case SOLVED -> "troubleshooting.end";
                case DECLINED -> "troubleshooting.declined";
                case NO_MORE_STEPS -> "troubleshooting.noMoreSteps";
                case CHANGED_TOPIC -> "troubleshooting.changeTopic";
            }), List.of(AgentAction.of(ActionName.CONFIRM_END_TROUBLESHOOTING)));
            case TroubleshootingStep.Aside(Awaiting pending) -> resume(aside.get(), pending, texts);
        };
    }

    /** Outside the workflow: restates the reported problem and asks whether the print used the current settings. */
    private AssistantReply confirm(Optional<Defect> reported, String report, ReplyTexts texts) {
        Language language = texts.language();
        String restated = reported.map(defect -> texts.text("issue.recognised", defect.text(language)))
                .orElseGet(() -> texts.text("issue.unrecognised", quote(report)));
        String question = knowledge.question(DefectKnowledge.CURRENT_SETTINGS).text(language);
        return AssistantReply.text(restated + "\n" + question,
                List.of(AgentAction.of(ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW)));
    }

    /**
     * An answer to something else than the troubleshooting, which brings the user back to where it stands: the reply
     * keeps the workflow and asks the pending question again, with its options unless the answer offers options of
     * its own. The answer may be another model's.
     */
    AssistantReply resume(AssistantReply aside, Awaiting pending, ReplyTexts texts) {
        List<String> lines = new ArrayList<>(List.of(aside.content()));
        List<AgentAction> actions = new ArrayList<>(aside.actions());
        if (!actions.contains(STAY)) {
            actions.add(STAY);
        }
        boolean offersOptions = aside.actions().stream()
                .anyMatch(action -> action.name() == ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS);
        Language language = texts.language();
        Optional<String> prompt = switch (pending) {
            case Awaiting.Answer(DiagnosticQuestion question) -> {
                if (!offersOptions) {
                    actions.add(options(question, language));
                }
                yield Optional.of(question.text(language));
            }
            case Awaiting.Outcome(Cause cause) -> {
                if (!offersOptions) {
                    actions.add(outcomeOptions(texts));
                }
                yield Optional.of(cause.text(language) + "\n" + outcomeQuestion(texts));
            }
            case Awaiting.Problem problem -> {
                if (!offersOptions) {
                    actions.add(problemOptions(language));
                }
                yield Optional.of(knowledge.whichProblem(language));
            }
            case Awaiting.Nothing nothing -> Optional.empty();
        };
        prompt.ifPresent(text -> lines.add(texts.text("troubleshooting.resume") + "\n" + text));
        return new AssistantReply(String.join("\n\n", lines), actions, aside.recommendation(), aside.explanations());
    }

    /** The first step for a problem introduces it and starts the guided troubleshooting. */
    private static AssistantReply opened(Optional<Opening> opening, ReplyTexts texts, AssistantReply step) {
        if (opening.isEmpty()) {
            return step;
        }
        String intro = texts.text("troubleshooting.start", opening.get().defect().text(texts.language()));
        if (opening.get().otherProject()) {
            intro = ReplyTexts.sentences(intro, texts.text("troubleshooting.otherProject"));
        }
        List<AgentAction> actions = new ArrayList<>(step.actions());
        actions.add(1, AgentAction.of(ActionName.GUIDE_PRINT_ISSUE_TROUBLESHOOTING));
        return new AssistantReply(intro + "\n" + step.content(), actions, step.recommendation(),
                step.explanations());
    }

    private static AssistantReply ask(DiagnosticQuestion question, String prefix, ReplyTexts texts) {
        String text = question.text(texts.language());
        return AssistantReply.text(prefix.isEmpty() ? text : prefix + "\n" + text,
                List.of(STAY, options(question, texts.language())));
    }

    private AssistantReply askProblem(String prefix, ReplyTexts texts) {
        String text = knowledge.whichProblem(texts.language());
        return AssistantReply.text(prefix.isEmpty() ? text : prefix + "\n" + text,
                List.of(STAY, problemOptions(texts.language())));
    }

    /** The fix for the cause, its settings through the guardrail, and the options of how it went. */
    private AssistantReply propose(RankedCause cause, SlicingProfiles profiles, boolean first, ReplyTexts texts) {
        Language language = texts.language();
        Fix fix = knowledge.fixFor(cause, profiles, language);
        GuardrailResult result = guardrail.review(fix.settings(), profiles, language);
        List<String> lines = new ArrayList<>();
        lines.add(texts.text(first ? "troubleshooting.cause" : "troubleshooting.nextCause"));
        lines.add(cause.cause().text(language));
        if (cause.reason() != Evidence.COMMON) {
            lines.add(cause.reasonText(language));
        }
        result.recommendation().ifPresent(recommendation ->
                lines.add(texts.text("troubleshooting.changes", texts.list(changes(recommendation, texts)))));
        result.notes().forEach(note -> notes.sentence(note, language).ifPresent(lines::add));
        if (!fix.actions().isEmpty()) {
            lines.add(texts.text("troubleshooting.physical"));
            fix.actions().stream().map(action -> "- " + action.text(language)).forEach(lines::add);
        }
        List<AgentAction> actions = new ArrayList<>(List.of(STAY));
        result.recommendation().ifPresent(r -> actions.add(AgentAction.of(ActionName.DETERMINE_SLICING_SETTINGS)));
        if (fix.isRepair()) {
            lines.add(texts.text("troubleshooting.repair"));
            actions.add(SUPPORT);
        }
        lines.add(outcomeQuestion(texts));
        actions.add(outcomeOptions(texts));
        return new AssistantReply(String.join("\n", lines), actions, result.recommendation(), result.explanations());
    }

    private static List<String> changes(SlicingRecommendation recommendation, ReplyTexts texts) {
        List<String> changes = new ArrayList<>();
        recommendation.filamentOverrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> changes.add(change(entry.getKey(), entry.getValue().getFirst(), texts)));
        recommendation.processOverrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> changes.add(change(entry.getKey(), entry.getValue(), texts)));
        return changes;
    }

    private static String change(String key, String value, ReplyTexts texts) {
        return texts.text("troubleshooting.change", texts.settingName(key), texts.shown(key, value));
    }

    private String outcomeQuestion(ReplyTexts texts) {
        return knowledge.question(DefectKnowledge.FIX_OUTCOME).text(texts.language());
    }

    private AgentAction outcomeOptions(ReplyTexts texts) {
        return options(knowledge.question(DefectKnowledge.FIX_OUTCOME), texts.language());
    }

    private static AgentAction options(DiagnosticQuestion question, Language language) {
        return AgentAction.chooseFrom(question.options().stream().map(option -> option.text(language)).toList());
    }

    private static AgentAction problemOptions(Language language) {
        return AgentAction.chooseFrom(COMMON.stream().map(defect -> defect.text(language)).toList());
    }

    private static String quote(String report) {
        String flat = report.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= QUOTE_LENGTH) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, QUOTE_LENGTH - 1)) + "…";
    }
}
