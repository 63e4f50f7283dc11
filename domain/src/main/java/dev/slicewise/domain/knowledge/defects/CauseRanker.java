package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Ranks a defect's causes for a setup: each cause's base weight plus the points of the evidence the setup shows
 * (PETG strings more than PLA, a nozzle at the top of the material's range points at heat, ...) and of the user's
 * answers ({@code clues.tsv}: filament left out for weeks points at moisture). Most likely first; on a tie, the order
 * of {@code causes.tsv}. Pure and deterministic.
 */
final class CauseRanker {

    private final Map<Defect, List<CauseRow>> causes;
    private final Map<String, Map<String, Map<Cause, Integer>>> clues;

    CauseRanker(Map<Defect, List<CauseRow>> causes, Map<String, Map<String, Map<Cause, Integer>>> clues) {
        this.causes = Map.copyOf(causes);
        this.clues = Map.copyOf(clues);
    }

    /** The answers are option ids by question id. */
    List<RankedCause> rank(Defect defect, Setup setup, Map<String, String> answers) {
        Require.present(defect, "defect");
        Require.present(answers, "answers");
        List<CauseRow> rows = causes.get(defect);
        return IntStream.range(0, rows.size()).boxed()
                .map(index -> new Ranked(index, ranked(defect, rows.get(index), setup, answers)))
                .sorted(Comparator.comparingInt((Ranked ranked) -> -ranked.cause().score())
                        .thenComparingInt(Ranked::order))
                .map(Ranked::cause).toList();
    }

    private RankedCause ranked(Defect defect, CauseRow row, Setup setup, Map<String, String> answers) {
        int score = row.weight();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            score += clues.getOrDefault(answer.getKey(), Map.of()).getOrDefault(answer.getValue(), Map.of())
                    .getOrDefault(row.cause(), 0);
        }
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
