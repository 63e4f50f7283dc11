package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.util.List;

/** A cause's fix as {@code fixes.tsv} writes it: setting changes and physical actions. */
record FixRow(List<Step> steps, List<PhysicalAction> actions) {

    FixRow {
        steps = List.copyOf(Require.present(steps, "steps"));
        actions = List.copyOf(Require.present(actions, "actions"));
    }
}
