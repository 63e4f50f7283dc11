package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Texts;

/** The {@code defects} bundles: names of defects, questions and options, causes, evidence and physical actions. */
final class DefectTexts {

    static final Texts TEXTS = Texts.bundle("dev.slicewise.domain.knowledge.defects.defects");

    private DefectTexts() {
    }
}
