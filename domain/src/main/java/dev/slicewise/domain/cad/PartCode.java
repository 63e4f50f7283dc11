package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

/** Code that builds a part, in the language it is written in: what a reply that designed a model carries. */
public record PartCode(CodeLanguage language, String text) {

    public PartCode {
        Require.present(language, "language");
        Require.present(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("part code needs text");
        }
    }
}
