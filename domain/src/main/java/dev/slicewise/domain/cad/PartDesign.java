package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

import java.util.List;

/** What asking for a part gives: the part, or the reasons it cannot be printed as asked. */
public sealed interface PartDesign {

    /** A part within every limit. */
    record Designed(Part part) implements PartDesign {
        public Designed {
            Require.present(part, "part");
        }
    }

    /** The reasons, one sentence each naming the parameter, its value and its limit. */
    record Refused(PartFamily family, List<String> reasons) implements PartDesign {
        public Refused {
            Require.present(family, "family");
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }
}
