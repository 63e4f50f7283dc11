package dev.slicewise.domain.troubleshooting;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.catalog.RecommendationGuardrail;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.knowledge.defects.DiagnosticQuestion;
import dev.slicewise.domain.knowledge.defects.Fix;
import dev.slicewise.domain.knowledge.defects.RankedCause;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.summary.Awaiting;
import dev.slicewise.domain.summary.ConversationSummary;
import dev.slicewise.domain.summary.ProblemFacts;
import dev.slicewise.domain.summary.TriedFix;
import dev.slicewise.domain.summary.TroubleshootingProgress;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep.Ending;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep.Opening;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The print troubleshooting workflow as a state machine over the conversation: where it stands is replayed from the
 * history ({@link TroubleshootingProgress}), and {@link #next} decides the step that follows the latest message. The
 * defect's questions one by one, then a fix for the likeliest cause not tried yet that changes something, then,
 * when it did not help, the next, up to {@value #MAX_FIXES}, then support; "it worked", a wish to stop or another
 * topic offers to end; another request in the middle is an aside. Any engine (embedded or a model) only words the
 * step. Pure and deterministic.
 */
public final class Troubleshooting {

    /** How many fixes are proposed for one problem before the troubleshooting hands over to support. */
    public static final int MAX_FIXES = 3;

    private static final String NOT_FIXED = "NOT_FIXED";
    private static final String WORKED = "WORKED";
    private static final String ANOTHER_ISSUE = "ANOTHER_ISSUE";
    private static final String NO_TROUBLESHOOTING = "NO_TROUBLESHOOTING";
    /** The language the guardrail's notes are written in when only whether a fix changes anything matters. */
    private static final Language CHECKED_IN = Language.EN;
    private static final SlicingProfiles NO_PROFILES = new SlicingProfiles(List.of(), List.of(), Map.of(), Map.of());

    private final DefectKnowledge knowledge;
    private final RecommendationGuardrail guardrail;

    public Troubleshooting(DefectKnowledge knowledge, SettingsCatalog catalog) {
        this.knowledge = Require.present(knowledge, "knowledge");
        this.guardrail = new RecommendationGuardrail(Require.present(catalog, "catalog"));
    }

    /** The workflow on the standard defect knowledge and settings catalog. */
    public static Troubleshooting standard() {
        return Standard.TROUBLESHOOTING;
    }

    /**
     * The troubleshooting step of a turn, if it is one: in the troubleshooting workflow always ({@link #next}),
     * outside it when the user reports a print problem ({@link TroubleshootingStep.Confirm}).
     */
    public Optional<TroubleshootingStep> stepFor(Conversation conversation, Workflow workflow, Intent intent,
                                                 Optional<SlicingProfiles> profiles) {
        Require.present(conversation, "conversation");
        Require.present(intent, "intent");
        String latest = conversation.latestUserText().orElse("");
        if (Require.present(workflow, "workflow") == Workflow.PRINT_TROUBLESHOOTING) {
            TroubleshootingProgress progress = ConversationSummary.of(conversation, profiles).facts()
                    .troubleshooting();
            return Optional.of(next(progress, profilesOrNone(profiles), intent, latest));
        }
        if (intent == Intent.PRINT_ISSUE) {
            return Optional.of(new TroubleshootingStep.Confirm(knowledge.recognise(latest).stream().findFirst()));
        }
        return Optional.empty();
    }

    /**
     * The knowledge's texts that a reply to the step carries, each on a line of its own (a restatement names the
     * reported defect anywhere in it): what the next turn reads the step back by from the history. Any engine that
     * words a step writes them verbatim; a step that waits for nothing has none.
     */
    public List<String> waitsOn(TroubleshootingStep step, Language language) {
        Require.present(language, "language");
        String outcome = knowledge.question(DefectKnowledge.FIX_OUTCOME).text(language);
        return switch (Require.present(step, "step")) {
            case TroubleshootingStep.Confirm(Optional<Defect> reported) -> Stream.concat(
                    reported.stream().map(defect -> defect.text(language)),
                    Stream.of(knowledge.question(DefectKnowledge.CURRENT_SETTINGS).text(language))).toList();
            case TroubleshootingStep.Ask ask -> List.of(ask.question().text(language));
            case TroubleshootingStep.AskOutcome(Cause cause) -> List.of(cause.text(language), outcome);
            case TroubleshootingStep.AskProblem problem -> List.of(knowledge.whichProblem(language));
            case TroubleshootingStep.ProposeFix fix -> List.of(fix.cause().cause().text(language), outcome);
            case TroubleshootingStep.HandToSupport support -> List.of();
            case TroubleshootingStep.OfferEnd end -> List.of();
            case TroubleshootingStep.Aside(Awaiting pending) -> switch (pending) {
                case Awaiting.Answer(DiagnosticQuestion question) -> List.of(question.text(language));
                case Awaiting.Outcome(Cause cause) -> List.of(cause.text(language), outcome);
                case Awaiting.Problem problem -> List.of(knowledge.whichProblem(language));
                case Awaiting.Nothing nothing -> List.of();
            };
        };
    }

    /** The user's profiles; troubleshooting needs none, and works from the material's knowledge without them. */
    public static SlicingProfiles profilesOrNone(Optional<SlicingProfiles> profiles) {
        return profiles.orElse(NO_PROFILES);
    }

    /**
     * The step after the latest message of the workflow. An answer to what the last step asked (a question, how a
     * fix worked out), or a new problem, moves on; else a message that says the user is done or wants no
     * troubleshooting, or turns to another topic, offers to end; a message that is part of the troubleshooting but
     * answers nothing asks again; any other request is an aside.
     *
     * @param intent the classified intent of the latest message
     * @param latest the latest user message
     */
    public TroubleshootingStep next(TroubleshootingProgress progress, SlicingProfiles profiles, Intent intent,
                                    String latest) {
        Require.present(progress, "progress");
        Require.present(profiles, "profiles");
        Require.present(intent, "intent");
        Require.present(latest, "latest");
        Optional<String> answer = progress.answer();
        if (answer.isPresent()) {
            return afterAnswer(progress, answer.get(), profiles);
        }
        if (progress.newProblem()) {
            return forCurrentProblem(progress, profiles, false);
        }
        if (knowledge.saysDone(latest)) {
            return new TroubleshootingStep.OfferEnd(Ending.SOLVED);
        }
        if (declines(latest)) {
            return new TroubleshootingStep.OfferEnd(Ending.DECLINED);
        }
        return switch (intent) {
            case START_CHAT_OVER, OFF_TOPIC -> new TroubleshootingStep.OfferEnd(Ending.CHANGED_TOPIC);
            case PRINT_ISSUE, UNCLEAR, GREETING -> unanswered(progress, profiles);
            default -> new TroubleshootingStep.Aside(progress.awaiting());
        };
    }

    private TroubleshootingStep afterAnswer(TroubleshootingProgress progress, String answer, SlicingProfiles profiles) {
        return switch (progress.awaiting()) {
            case Awaiting.Outcome outcome -> switch (answer) {
                case WORKED -> progress.newProblem() ? forCurrentProblem(progress, profiles, false)
                        : new TroubleshootingStep.OfferEnd(Ending.SOLVED);
                case ANOTHER_ISSUE -> progress.newProblem() ? forCurrentProblem(progress, profiles, false)
                        : new TroubleshootingStep.AskProblem(false);
                default -> forCurrentProblem(progress, profiles, answer.equals(NOT_FIXED));
            };
            case Awaiting.Answer answered when answer.equals(NO_TROUBLESHOOTING) ->
                    new TroubleshootingStep.OfferEnd(Ending.DECLINED);
            default -> forCurrentProblem(progress, profiles, false);
        };
    }

    /** The message answered nothing and asked for nothing else: ask again, or move on. */
    private TroubleshootingStep unanswered(TroubleshootingProgress progress, SlicingProfiles profiles) {
        return switch (progress.awaiting()) {
            case Awaiting.Answer(DiagnosticQuestion question)
                    when !question.id().equals(DefectKnowledge.CURRENT_SETTINGS) ->
                    new TroubleshootingStep.Ask(question, Optional.empty(), true);
            case Awaiting.Outcome(Cause cause) -> new TroubleshootingStep.AskOutcome(cause);
            case Awaiting.Problem problem -> new TroubleshootingStep.AskProblem(true);
            default -> forCurrentProblem(progress, profiles, false);
        };
    }

    /** Whether the user says they want no troubleshooting, in their words or with the client's option. */
    private boolean declines(String message) {
        return knowledge.answer(knowledge.question(DefectKnowledge.CURRENT_SETTINGS), message)
                .filter(option -> option.id().equals(NO_TROUBLESHOOTING)).isPresent();
    }

    /**
     * The next step for the current problem: its next unasked question, else a fix for the likeliest cause not tried
     * yet, else support (right after a failed fix) or the offer to end.
     *
     * @param justFailed the user has just said the latest fix did not help
     */
    private TroubleshootingStep forCurrentProblem(TroubleshootingProgress progress, SlicingProfiles profiles,
                                                  boolean justFailed) {
        Optional<ProblemFacts> current = progress.current();
        if (current.isEmpty()) {
            return new TroubleshootingStep.AskProblem(false);
        }
        ProblemFacts problem = current.get();
        if (problem.solved()) {
            return new TroubleshootingStep.OfferEnd(Ending.SOLVED);
        }
        Optional<Opening> opening = problem.asked().isEmpty() && problem.fixes().isEmpty()
                ? Optional.of(new Opening(problem.defect(), progress.otherProject())) : Optional.empty();
        Optional<DiagnosticQuestion> unasked = knowledge.questions(problem.defect()).stream()
                .filter(question -> !problem.asked().contains(question.id())).findFirst();
        if (unasked.isPresent()) {
            return new TroubleshootingStep.Ask(unasked.get(), opening, false);
        }
        if (problem.fixes().size() < MAX_FIXES) {
            Optional<RankedCause> cause = likeliestUntried(problem, profiles);
            if (cause.isPresent()) {
                return new TroubleshootingStep.ProposeFix(cause.get(), problem.fixes().size(), opening);
            }
        }
        return justFailed ? new TroubleshootingStep.HandToSupport(problem.defect())
                : new TroubleshootingStep.OfferEnd(Ending.NO_MORE_STEPS);
    }

    /** The likeliest cause not tried yet whose fix changes something: a setting the guardrail keeps, or work. */
    private Optional<RankedCause> likeliestUntried(ProblemFacts problem, SlicingProfiles profiles) {
        Set<Cause> tried = problem.fixes().stream().map(TriedFix::cause).collect(Collectors.toSet());
        for (RankedCause cause : knowledge.rankCauses(problem.defect(), profiles, problem.answers())) {
            if (tried.contains(cause.cause())) {
                continue;
            }
            Fix fix = knowledge.fixFor(cause, profiles, CHECKED_IN);
            if (!fix.actions().isEmpty()
                    || guardrail.review(fix.settings(), profiles, CHECKED_IN).recommendation().isPresent()) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    private static final class Standard {
        private static final Troubleshooting TROUBLESHOOTING =
                new Troubleshooting(DefectKnowledge.standard(), SettingsCatalog.standard());
    }
}
