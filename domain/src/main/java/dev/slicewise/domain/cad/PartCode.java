package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

import java.util.Optional;

/**
 * Code that builds a part, in the language it is written in: what a reply that designed a model carries. When the
 * code was emitted from a parametric {@link Part}, the part comes with it, so that a follow-up ("10 mm taller") can
 * change it; code a model wrote has none.
 */
public record PartCode(CodeLanguage language, String text, Optional<Part> part) {

    public PartCode {
        Require.present(language, "language");
        Require.present(text, "text");
        Require.present(part, "part");
        if (text.isBlank()) {
            throw new IllegalArgumentException("part code needs text");
        }
    }

    /** Code without a part model behind it (written by a model). */
    public PartCode(CodeLanguage language, String text) {
        this(language, text, Optional.empty());
    }

    /** The part's code in that language, the part kept with it. */
    public static PartCode of(Part part, CodeLanguage language) {
        String text = switch (language) {
            case JSCAD -> JscadEmitter.emit(part);
            case OPENSCAD -> OpenScadEmitter.emit(part);
        };
        return new PartCode(language, text, Optional.of(part));
    }
}
