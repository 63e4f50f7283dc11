package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;

import java.util.List;

/** A question that tells causes apart, with the answers a user can pick. */
public record DiagnosticQuestion(String id, List<AnswerOption> options) {

    public DiagnosticQuestion {
        Require.text(id, "id", 60);
        options = List.copyOf(Require.present(options, "options"));
        if (options.size() < 2) {
            throw new IllegalArgumentException("a question offers at least two options: " + id);
        }
    }

    public String text(Language language) {
        return DefectTexts.TEXTS.text(language, "question." + id);
    }

    /** One answer to a diagnostic question. */
    public record AnswerOption(String id) {
        public AnswerOption {
            Require.text(id, "id", 60);
        }

        public String text(Language language) {
            return DefectTexts.TEXTS.text(language, "option." + id);
        }
    }
}
