package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.util.Map;

/**
 * A cause as {@code causes.tsv} lists it for a defect: a base weight (how often it is the culprit) and the points
 * each piece of evidence adds.
 */
record CauseRow(Cause cause, int weight, Map<Evidence, Integer> boosts) {

    CauseRow {
        Require.present(cause, "cause");
        boosts = Map.copyOf(Require.present(boosts, "boosts"));
    }
}
