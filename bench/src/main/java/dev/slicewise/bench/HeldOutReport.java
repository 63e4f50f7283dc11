package dev.slicewise.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.slicewise.adapter.llm.embedded.intent.IntentModel;
import dev.slicewise.adapter.llm.embedded.intent.LabelledUtterance;
import dev.slicewise.adapter.llm.embedded.intent.Ranking;
import dev.slicewise.domain.assistant.Intent;

/** How the model does on the held-out utterances: per intent, per language, by threshold. */
final class HeldOutReport {

    private static final double[] CONFIDENCES = {0.3, 0.4, 0.5, 0.6};
    private static final double[] GAPS = {0.1, 0.2, 0.3, 0.4};

    private record Outcome(LabelledUtterance utterance, Ranking ranking) {

        boolean right() {
            return ranking.top().intent() == utterance.intent();
        }

        boolean kept(double minConfidence, double minGap) {
            return ranking.top().probability() >= minConfidence && ranking.gapToSecond() >= minGap;
        }
    }

    private final List<Outcome> outcomes;

    private HeldOutReport(List<Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    static HeldOutReport of(IntentModel model, List<LabelledUtterance> heldOut) {
        return new HeldOutReport(heldOut.stream().map(u -> new Outcome(u, model.rank(u.text()))).toList());
    }

    double accuracy() {
        return (double) outcomes.stream().filter(Outcome::right).count() / outcomes.size();
    }

    void print(PrintStream out) {
        printPerIntent(out);
        printPerLanguage(out);
        printConfusions(out);
        printThresholds(out);
    }

    private void printPerIntent(PrintStream out) {
        out.printf("%nHeld-out quality per intent%n");
        out.printf("  %-28s %9s %7s %6s %8s%n", "intent", "precision", "recall", "F1", "support");
        for (Intent intent : Intent.values()) {
            long support = outcomes.stream().filter(o -> o.utterance().intent() == intent).count();
            if (support == 0) {
                continue;
            }
            long predicted = outcomes.stream().filter(o -> o.ranking().top().intent() == intent).count();
            long truePositives = outcomes.stream()
                    .filter(o -> o.utterance().intent() == intent && o.right()).count();
            double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
            double recall = (double) truePositives / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            out.printf("  %-28s %9.3f %7.3f %6.3f %8d%n", intent, precision, recall, f1, support);
        }
        long right = outcomes.stream().filter(Outcome::right).count();
        out.printf("  accuracy %.3f (%d of %d)%n", (double) right / outcomes.size(), right, outcomes.size());
    }

    private void printPerLanguage(PrintStream out) {
        Map<String, int[]> byLanguage = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            int[] counts = byLanguage.computeIfAbsent(outcome.utterance().language(), language -> new int[2]);
            counts[0] += outcome.right() ? 1 : 0;
            counts[1]++;
        }
        out.printf("%nHeld-out accuracy per language%n ");
        byLanguage.forEach((language, counts) ->
                out.printf(" %s %.3f (%d)", language, (double) counts[0] / counts[1], counts[1]));
        out.println();
    }

    private void printConfusions(PrintStream out) {
        Map<String, Integer> confusions = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            if (!outcome.right()) {
                confusions.merge(outcome.utterance().intent() + " -> " + outcome.ranking().top().intent(), 1,
                        Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(confusions.entrySet());
        ordered.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        out.printf("%nMost frequent confusions (expected -> predicted)%n");
        ordered.stream().limit(8).forEach(e -> out.printf("  %3d  %s%n", e.getValue(), e.getKey()));
    }

    private void printThresholds(PrintStream out) {
        long right = outcomes.stream().filter(Outcome::right).count();
        long wrong = outcomes.size() - right;
        out.printf("%nThresholds: a result is trusted when top >= MIN_CONFIDENCE and top - second >= MIN_GAP%n");
        out.printf("  %14s %7s %20s %22s %18s%n",
                "MIN_CONFIDENCE", "MIN_GAP", "right ones trusted", "wrong ones trusted", "UNCLEAR overall");
        for (double confidence : CONFIDENCES) {
            for (double gap : GAPS) {
                long rightKept = outcomes.stream().filter(o -> o.right() && o.kept(confidence, gap)).count();
                long wrongKept = outcomes.stream().filter(o -> !o.right() && o.kept(confidence, gap)).count();
                long unclear = outcomes.size() - rightKept - wrongKept;
                boolean chosen = confidence == Ranking.MIN_CONFIDENCE && gap == Ranking.MIN_GAP;
                out.printf("  %14.1f %7.1f %13.3f (%4d) %15.3f (%4d) %11.3f (%4d)%s%n",
                        confidence, gap, (double) rightKept / right, rightKept, (double) wrongKept / wrong, wrongKept,
                        (double) unclear / outcomes.size(), unclear, chosen ? "  <- chosen" : "");
            }
        }
    }
}
