package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.util.List;

/** A defect as {@code defects.tsv} lists it: the questions to ask and what users call it, in English and Chinese. */
record DefectRow(List<DiagnosticQuestion> questions, List<String> englishPhrases, List<String> chinesePhrases) {

    DefectRow {
        questions = List.copyOf(Require.present(questions, "questions"));
        englishPhrases = List.copyOf(Require.present(englishPhrases, "englishPhrases"));
        chinesePhrases = List.copyOf(Require.present(chinesePhrases, "chinesePhrases"));
    }
}
