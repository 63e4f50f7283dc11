package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.util.List;

/** A defect as {@code defects.tsv} lists it: the questions that tell its causes apart. */
record DefectRow(List<DiagnosticQuestion> questions) {

    DefectRow {
        questions = List.copyOf(Require.present(questions, "questions"));
    }
}
