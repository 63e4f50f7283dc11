package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;

import java.util.List;

/** A value a model proposes for a setting, as it came: one raw string, or an array of them. */
public sealed interface ProposedValue {

    /** A scalar: {@code "40"}, {@code "40 %"}, {@code "true"}, a JSON number as text ({@code "215"}). */
    record Single(String raw) implements ProposedValue {
        public Single {
            Require.present(raw, "raw");
        }
    }

    /** An array: {@code ["215"]}. */
    record Several(List<String> raws) implements ProposedValue {
        public Several {
            raws = List.copyOf(Require.present(raws, "raws"));
        }
    }
}
