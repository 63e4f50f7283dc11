package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Ranks a defect's causes for a setup: each cause's base weight plus the points of the evidence the setup shows
 * (PETG strings more than PLA, a nozzle at the top of the material's range points at heat, ...). Most likely first;
 * on a tie, the order of {@code causes.tsv}. Pure and deterministic.
 */
final class CauseRanker {

    private final Map<Defect, List<CauseRow>> causes;

    CauseRanker(Map<Defect, List<CauseRow>> causes) {
        this.causes = Map.copyOf(causes);
    }

    List<RankedCause> rank(Defect defect, Setup setup) {
        Require.present(defect, "defect");
        List<CauseRow> rows = causes.get(defect);
        return IntStream.range(0, rows.size()).boxed()
                .map(index -> new Ranked(index, ranked(defect, rows.get(index), setup)))
                .sorted(Comparator.comparingInt((Ranked ranked) -> -ranked.cause().score())
                        .thenComparingInt(Ranked::order))
                .map(Ranked::cause).toList();
    }

    private static RankedCause ranked(Defect defect, CauseRow row, Setup setup) {
        int score = row.weight();
        Evidence strongest = Evidence.COMMON;
        int strongestPoints = 0;
        for (Evidence evidence : Evidence.values()) {
            int points = row.boosts().getOrDefault(evidence, 0);
            if (points != 0 && evidence.holds(setup)) {
                score += points;
                if (points > strongestPoints) {
                    strongest = evidence;
                    strongestPoints = points;
                }
            }
        }
        return new RankedCause(defect, row.cause(), score, strongest);
    }

    private record Ranked(int order, RankedCause cause) {
    }
}
