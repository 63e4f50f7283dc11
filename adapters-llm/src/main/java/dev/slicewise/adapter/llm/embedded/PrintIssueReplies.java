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
import dev.slicewise.domain.summary.ProblemFacts;
import dev.slicewise.domain.summary.TriedFix;
import dev.slicewise.domain.summary.TroubleshootingProgress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The print troubleshooting workflow, driven by the domain's {@link DefectKnowledge}. Outside the workflow a reported
 * problem is restated with the question whether the print used the current settings, and the client is asked to
 * confirm troubleshooting. Inside it, the step is derived from the conversation alone ({@link TroubleshootingProgress},
 * replayed from the history by the domain): the defect's diagnostic questions one by one, then a fix for the most
 * likely cause not tried yet (ranked on the user's settings, material and answers; settings through the guardrail),
 * then, when it did not help, the next one, up to {@value #MAX_FIXES}, then support. Every reply inside carries
 * {@code set_print_troubleshooting_flow}, except the offer to end, which carries {@code confirm_end_troubleshooting}
 * alone. A question, and a fix's cause, always stand on a line of their own: that is how the domain's summary reads
 * the steps back from the history.
 */
final class PrintIssueReplies {

    /** How many fixes the flow proposes for one problem before it hands over to support. */
    static final int MAX_FIXES = 3;
    /** The defects offered when the user has not said what the problem is. */
    static final List<Defect> COMMON = List.of(Defect.STRINGING, Defect.WARPING, Defect.POOR_FIRST_LAYER_ADHESION,
            Defect.UNDER_EXTRUSION, Defect.LAYER_SHIFT, Defect.DETACHED_PRINT, Defect.CLOGGED_NOZZLE,
            Defect.GHOSTING);

    private static final int QUOTE_LENGTH = 120;
    private static final AgentAction STAY = AgentAction.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW);
    private static final AgentAction SUPPORT = AgentAction.of(ActionName.CONTACT_SUPPORT);
    private static final SlicingProfiles NO_PROFILES = new SlicingProfiles(List.of(), List.of(), Map.of(), Map.of());

    private final Vocabulary vocabulary;
    private final DefectKnowledge knowledge = DefectKnowledge.standard();
    private final RecommendationGuardrail guardrail;
    private final GuardrailNotes notes;

    PrintIssueReplies(Vocabulary vocabulary, SettingsCatalog catalog) {
        this.vocabulary = vocabulary;
        this.guardrail = new RecommendationGuardrail(catalog);
        this.notes = new GuardrailNotes(catalog);
    }

    /** Outside the workflow: restates the reported problem and asks whether the print used the current settings. */
    AssistantReply confirmTroubleshooting(String report, ReplyTexts texts) {
        Language language = texts.language();
        String restated = knowledge.recognise(report).stream().findFirst()
                .or(() -> vocabulary.defectIn(NormalisedText.of(report)).map(
                        dev.slicewise.adapter.llm.embedded.Defect::knowledge))
                .map(defect -> texts.text("issue.recognised", defect.text(language)))
                .orElseGet(() -> texts.text("issue.unrecognised", quote(report)));
        String question = knowledge.question(DefectKnowledge.CURRENT_SETTINGS).text(language);
        return AssistantReply.text(restated + "\n" + question,
                List.of(AgentAction.of(ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW)));
    }

    /**
     * Inside the workflow, the step after a message that answers what the last step asked (a question, how a fix
     * worked out) or reports a problem. Empty for any other message: the caller tells an aside (answered, then
     * {@link #resume}) from a wish to stop or an unclear answer ({@link #unanswered}).
     */
    Optional<AssistantReply> step(TroubleshootingProgress progress, SlicingProfiles profiles, ReplyTexts texts) {
        Optional<String> answer = progress.answer();
        if (answer.isPresent()) {
            return Optional.of(afterAnswer(progress, answer.get(), profiles, texts));
        }
        if (progress.newProblem()) {
            return Optional.of(next(progress, profiles, texts, false));
        }
        return Optional.empty();
    }

    /** The next step when the message answered nothing and asked for nothing else: ask again, or move on. */
    AssistantReply unanswered(TroubleshootingProgress progress, SlicingProfiles profiles, ReplyTexts texts) {
        return switch (progress.awaiting()) {
            case Awaiting.Answer(DiagnosticQuestion question)
                    when !question.id().equals(DefectKnowledge.CURRENT_SETTINGS) ->
                    ask(question, texts.text("troubleshooting.reask"), texts);
            case Awaiting.Outcome(var cause) -> AssistantReply.text(texts.text("troubleshooting.reask") + "\n"
                    + cause.text(texts.language()) + "\n" + outcomeQuestion(texts),
                    List.of(STAY, outcomeOptions(texts)));
            case Awaiting.Problem problem -> askProblem(texts.text("troubleshooting.reask"), texts);
            default -> next(progress, profiles, texts, false);
        };
    }

    /** Whether the user says they want no troubleshooting, in their words or with the client's option. */
    boolean declines(String message) {
        return knowledge.answer(knowledge.question(DefectKnowledge.CURRENT_SETTINGS), message)
                .filter(option -> option.id().equals("NO_TROUBLESHOOTING")).isPresent();
    }

    /** The user is done (the problem is solved, or they want to stop): offers to end the workflow. */
    AssistantReply offerToEnd(String content) {
        return AssistantReply.text(content, List.of(AgentAction.of(ActionName.CONFIRM_END_TROUBLESHOOTING)));
    }

    /**
     * An aside answered, the user is brought back to where the troubleshooting stands: the reply keeps the workflow
     * and asks the pending question again, with its options unless the aside offers options of its own.
     */
    AssistantReply resume(AssistantReply aside, TroubleshootingProgress progress, ReplyTexts texts) {
        List<String> lines = new ArrayList<>(List.of(aside.content()));
        List<AgentAction> actions = new ArrayList<>(aside.actions());
        actions.add(STAY);
        boolean offersOptions = aside.actions().stream()
                .anyMatch(action -> action.name() == ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS);
        Language language = texts.language();
        Optional<String> pending = switch (progress.awaiting()) {
            case Awaiting.Answer(DiagnosticQuestion question) -> {
                if (!offersOptions) {
                    actions.add(options(question, language));
                }
                yield Optional.of(question.text(language));
            }
            case Awaiting.Outcome(var cause) -> {
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
        pending.ifPresent(prompt -> lines.add(texts.text("troubleshooting.resume") + "\n" + prompt));
        return new AssistantReply(String.join("\n\n", lines), actions, aside.recommendation(), aside.explanations());
    }

    private AssistantReply afterAnswer(TroubleshootingProgress progress, String answer, SlicingProfiles profiles,
                                       ReplyTexts texts) {
        return switch (progress.awaiting()) {
            case Awaiting.Outcome outcome -> switch (answer) {
                case "WORKED" -> progress.newProblem() ? next(progress, profiles, texts, false)
                        : offerToEnd(texts.text("troubleshooting.end"));
                case "ANOTHER_ISSUE" -> progress.newProblem() ? next(progress, profiles, texts, false)
                        : askProblem("", texts);
                default -> next(progress, profiles, texts, true);
            };
            case Awaiting.Answer answered when answer.equals("NO_TROUBLESHOOTING") ->
                    offerToEnd(texts.text("troubleshooting.declined"));
            default -> next(progress, profiles, texts, false);
        };
    }

    /**
     * The next step for the current problem: its next unasked question, else a fix for the likeliest cause not tried
     * yet, else support (right after a failed fix) or the offer to end.
     *
     * @param justFailed the user has just said the latest fix did not help
     */
    private AssistantReply next(TroubleshootingProgress progress, SlicingProfiles profiles, ReplyTexts texts,
                                boolean justFailed) {
        Optional<ProblemFacts> current = progress.current();
        if (current.isEmpty()) {
            return askProblem("", texts);
        }
        ProblemFacts problem = current.get();
        if (problem.solved()) {
            return offerToEnd(texts.text("troubleshooting.end"));
        }
        Optional<DiagnosticQuestion> unasked = knowledge.questions(problem.defect()).stream()
                .filter(question -> !problem.asked().contains(question.id())).findFirst();
        if (unasked.isPresent()) {
            return start(problem, progress, texts, ask(unasked.get(), "", texts));
        }
        if (problem.fixes().size() < MAX_FIXES) {
            Optional<AssistantReply> fix = fix(problem, profiles, texts);
            if (fix.isPresent()) {
                return start(problem, progress, texts, fix.get());
            }
        }
        return justFailed
                ? AssistantReply.text(texts.text("troubleshooting.support"), List.of(STAY, SUPPORT))
                : offerToEnd(texts.text("troubleshooting.noMoreSteps"));
    }

    /** The first step for a problem introduces it and starts the guided troubleshooting. */
    private AssistantReply start(ProblemFacts problem, TroubleshootingProgress progress, ReplyTexts texts,
                                 AssistantReply step) {
        if (!problem.asked().isEmpty() || !problem.fixes().isEmpty()) {
            return step;
        }
        List<String> intro = new ArrayList<>();
        intro.add(texts.text("troubleshooting.start", problem.defect().text(texts.language())));
        if (progress.otherProject()) {
            intro.add(texts.text("troubleshooting.otherProject"));
        }
        List<AgentAction> actions = new ArrayList<>(step.actions());
        actions.add(1, AgentAction.of(ActionName.GUIDE_PRINT_ISSUE_TROUBLESHOOTING));
        return new AssistantReply(intro.stream().reduce(ReplyTexts::sentences).orElseThrow() + "\n" + step.content(),
                actions, step.recommendation(),
                step.explanations());
    }

    private AssistantReply ask(DiagnosticQuestion question, String prefix, ReplyTexts texts) {
        String text = question.text(texts.language());
        return AssistantReply.text(prefix.isEmpty() ? text : prefix + "\n" + text,
                List.of(STAY, options(question, texts.language())));
    }

    private AssistantReply askProblem(String prefix, ReplyTexts texts) {
        String text = knowledge.whichProblem(texts.language());
        return AssistantReply.text(prefix.isEmpty() ? text : prefix + "\n" + text,
                List.of(STAY, problemOptions(texts.language())));
    }

    /** A fix for the likeliest cause not tried yet that changes something, with its settings through the guardrail. */
    private Optional<AssistantReply> fix(ProblemFacts problem, SlicingProfiles profiles, ReplyTexts texts) {
        Language language = texts.language();
        Set<Cause> tried = problem.fixes().stream().map(TriedFix::cause).collect(Collectors.toSet());
        for (RankedCause cause : knowledge.rankCauses(problem.defect(), profiles, problem.answers())) {
            if (tried.contains(cause.cause())) {
                continue;
            }
            Fix fix = knowledge.fixFor(cause, profiles, language);
            GuardrailResult result = guardrail.review(fix.settings(), profiles, language);
            if (result.recommendation().isEmpty() && fix.actions().isEmpty()) {
                continue;
            }
            return Optional.of(propose(cause, fix, result, problem.fixes().isEmpty(), texts));
        }
        return Optional.empty();
    }

    private AssistantReply propose(RankedCause cause, Fix fix, GuardrailResult result, boolean first,
                                   ReplyTexts texts) {
        Language language = texts.language();
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

    /** The user's profiles; troubleshooting needs none, and works from the material's knowledge without them. */
    static SlicingProfiles profilesOrNone(Optional<SlicingProfiles> profiles) {
        return profiles.orElse(NO_PROFILES);
    }

    private static String quote(String report) {
        String flat = report.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= QUOTE_LENGTH) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, QUOTE_LENGTH - 1)) + "…";
    }
}
