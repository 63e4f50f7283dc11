package dev.slicewise.domain.summary;

import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.knowledge.defects.Cause;
import dev.slicewise.domain.knowledge.defects.Defect;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.knowledge.defects.DiagnosticQuestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays a conversation, oldest message first, to find where the troubleshooting stands. Each assistant message is
 * read for the step it was ({@link StepMarkers}); each user message against what that step waited for: an answer to
 * the question, the outcome of the fix, or a problem. A fix asked about again (after an aside) is still one fix. A
 * message that answers is not also read for a new problem ("in a dry box, it is damp here" answers how the filament
 * is stored; it does not report wet filament); one that does not answer and names a defect other than the current
 * one, or any defect once the current one is solved ("it is stringing again"), starts a new problem. The assistant's restatement of a report names the defect it understood (in any of the
 * nine languages, from words the defect phrases may not know), and so starts that problem too. Deterministic: the same messages always give the same progress.
 */
final class TroubleshootingReplay {

    private final DefectKnowledge knowledge;
    private final StepMarkers markers;

    TroubleshootingReplay(DefectKnowledge knowledge) {
        this.knowledge = knowledge;
        this.markers = new StepMarkers(knowledge);
    }

    TroubleshootingProgress replay(Conversation conversation) {
        State state = new State();
        for (ChatMessage message : conversation.messages()) {
            if (message.role() == Role.ASSISTANT) {
                Awaiting step = markers.read(message.content());
                if (isRestatement(step)) {
                    markers.defectIn(message.content()).ifPresent(state::restated);
                }
                state.assistantSaid(step);
            } else {
                state.userSaid(message.content());
            }
        }
        return state.progress();
    }

    /** The assistant restates a reported problem when it asks whether the print used the current settings. */
    private static boolean isRestatement(Awaiting step) {
        return step instanceof Awaiting.Answer(DiagnosticQuestion question)
                && question.id().equals(DefectKnowledge.CURRENT_SETTINGS);
    }

    private final class State {
        private final List<Problem> problems = new ArrayList<>();
        private boolean otherProject;
        private Awaiting awaiting = new Awaiting.Nothing();
        private Optional<String> answer = Optional.empty();
        private boolean newProblem;

        void assistantSaid(Awaiting step) {
            awaiting = step;
            current().ifPresent(problem -> {
                switch (step) {
                    case Awaiting.Answer(DiagnosticQuestion question)
                            when !question.id().equals(DefectKnowledge.CURRENT_SETTINGS) ->
                            problem.asked.add(question.id());
                    case Awaiting.Answer(DiagnosticQuestion settingsQuestion) -> { }
                    case Awaiting.Outcome(Cause cause) when problem.fixes.stream().noneMatch(f -> f.cause() == cause) ->
                            problem.fixes.add(new TriedFix(cause, Optional.empty()));
                    case Awaiting.Outcome repeated -> { }
                    case Awaiting.Problem problemAsked -> { }
                    case Awaiting.Nothing nothing -> { }
                }
            });
        }

        /** The assistant named the problem it understood, in words of its own the user's may not have matched. */
        void restated(Defect defect) {
            if (current().filter(problem -> problem.defect == defect).isEmpty()) {
                problems.add(new Problem(defect));
            }
        }

        void userSaid(String text) {
            boolean solvedBefore = current().filter(Problem::solved).isPresent();
            answer = switch (awaiting) {
                case Awaiting.Answer(DiagnosticQuestion question) -> knowledge.answer(question, text)
                        .map(DiagnosticQuestion.AnswerOption::id);
                case Awaiting.Outcome outcome -> knowledge.answer(knowledge.question(DefectKnowledge.FIX_OUTCOME),
                        text).map(DiagnosticQuestion.AnswerOption::id);
                case Awaiting.Problem problem -> Optional.empty();
                case Awaiting.Nothing nothing -> Optional.empty();
            };
            answer.ifPresent(this::record);
            boolean answeredAQuestion = answer.isPresent() && awaiting instanceof Awaiting.Answer;
            newProblem = false;
            if (!answeredAQuestion) {
                Optional<Defect> current = current().map(problem -> problem.defect);
                List<Defect> named = knowledge.recognise(text);
                if (!named.isEmpty() && (current.isEmpty() || solvedBefore || !named.contains(current.get()))) {
                    problems.add(new Problem(named.getFirst()));
                    newProblem = true;
                }
            }
        }

        private void record(String option) {
            switch (awaiting) {
                case Awaiting.Answer(DiagnosticQuestion question)
                        when question.id().equals(DefectKnowledge.CURRENT_SETTINGS) -> {
                    otherProject = option.equals("OTHER_PROJECT");
                }
                case Awaiting.Answer(DiagnosticQuestion question) ->
                        current().ifPresent(problem -> problem.answers.put(question.id(), option));
                case Awaiting.Outcome outcome -> current().filter(problem -> !problem.fixes.isEmpty())
                        .ifPresent(problem -> problem.fixes.set(problem.fixes.size() - 1,
                                new TriedFix(problem.fixes.getLast().cause(), Optional.of(option))));
                case Awaiting.Problem problem -> { }
                case Awaiting.Nothing nothing -> { }
            }
        }

        private Optional<Problem> current() {
            return problems.isEmpty() ? Optional.empty() : Optional.of(problems.getLast());
        }

        TroubleshootingProgress progress() {
            return new TroubleshootingProgress(problems.stream().map(Problem::facts).toList(), otherProject,
                    awaiting, answer, newProblem);
        }
    }

    private static final class Problem {
        private final Defect defect;
        private final Set<String> asked = new LinkedHashSet<>();
        private final Map<String, String> answers = new LinkedHashMap<>();
        private final List<TriedFix> fixes = new ArrayList<>();

        Problem(Defect defect) {
            this.defect = defect;
        }

        boolean solved() {
            return TriedFix.solve(fixes);
        }

        ProblemFacts facts() {
            return new ProblemFacts(defect, asked, answers, fixes);
        }
    }
}
