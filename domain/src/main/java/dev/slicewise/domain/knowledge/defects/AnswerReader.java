package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a user's answer to a question: an option's label in any language (the client sends a chosen option back as
 * the user's message), else the option whose phrases ({@code answers.tsv}) the message says most specifically, the
 * longest phrase found deciding. A message that says two options equally, or none, or asks a question, answers
 * nothing. Pure.
 */
final class AnswerReader {

    private final Map<String, Phrases> phrases;
    private final Map<String, String> optionByLabel = new HashMap<>();

    /** The phrases of every option, by option id; every option of a question must have them. */
    AnswerReader(Map<String, Phrases> phrases) {
        this.phrases = Map.copyOf(phrases);
        for (String option : phrases.keySet()) {
            for (Language language : Language.values()) {
                optionByLabel.put(Phrases.key(new DiagnosticQuestion.AnswerOption(option).text(language)), option);
            }
        }
    }

    /** A question back ("what is my nozzle temperature?") is no answer, whatever words it shares with one. */
    private static boolean asks(String text) {
        String stripped = text.strip();
        return stripped.endsWith("?") || stripped.endsWith("？");
    }

    Optional<DiagnosticQuestion.AnswerOption> answer(DiagnosticQuestion question, String text) {
        Require.present(question, "question");
        Require.present(text, "text");
        Phrases.Said said = Phrases.Said.of(text);
        String labelled = optionByLabel.get(said.key());
        Optional<DiagnosticQuestion.AnswerOption> chosen = question.options().stream()
                .filter(option -> option.id().equals(labelled)).findFirst();
        if (chosen.isPresent() || asks(text)) {
            return chosen;
        }
        Map<Integer, Integer> optionsByLength = new HashMap<>();
        DiagnosticQuestion.AnswerOption best = null;
        int longest = 0;
        for (DiagnosticQuestion.AnswerOption option : question.options()) {
            int length = phrases.get(option.id()).longestIn(said);
            optionsByLength.merge(length, 1, Integer::sum);
            if (length > longest) {
                longest = length;
                best = option;
            }
        }
        return longest > 0 && optionsByLength.get(longest) == 1 ? Optional.of(best) : Optional.empty();
    }
}
