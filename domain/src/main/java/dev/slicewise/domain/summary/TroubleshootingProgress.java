package dev.slicewise.domain.summary;

import dev.slicewise.domain.Require;

import java.util.List;
import java.util.Optional;

/**
 * The print troubleshooting so far, read back from the whole conversation (the service keeps no state).
 *
 * @param problems     the problems the user reported, in order; the last is the one being troubleshot
 * @param otherProject the user said the print was made with the settings of another project
 * @param awaiting     what the assistant's latest message waits for
 * @param answer       the option the latest user message chose in answer to it, if it answered
 * @param newProblem   the latest user message reported a problem other than the one being troubleshot
 */
public record TroubleshootingProgress(List<ProblemFacts> problems, boolean otherProject, Awaiting awaiting,
                                      Optional<String> answer, boolean newProblem) {

    public TroubleshootingProgress {
        problems = List.copyOf(Require.present(problems, "problems"));
        Require.present(awaiting, "awaiting");
        Require.present(answer, "answer");
    }

    /** The problem being troubleshot: the latest reported. */
    public Optional<ProblemFacts> current() {
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.getLast());
    }
}
