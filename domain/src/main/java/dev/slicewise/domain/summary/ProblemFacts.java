package dev.slicewise.domain.summary;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.knowledge.defects.Defect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the conversation established about one reported problem: the defect, the questions the assistant asked about
 * it, the answers (option ids by question id, in the order given) and the fixes tried, in order.
 */
public record ProblemFacts(Defect defect, Set<String> asked, Map<String, String> answers, List<TriedFix> fixes) {

    public ProblemFacts {
        Require.present(defect, "defect");
        asked = Set.copyOf(Require.present(asked, "asked"));
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(Require.present(answers, "answers")));
        fixes = List.copyOf(Require.present(fixes, "fixes"));
    }

    /** Whether the latest fix worked. */
    public boolean solved() {
        return TriedFix.solve(fixes);
    }
}
