package dev.slicewise.bench.blind;

import dev.slicewise.bench.blind.Score.Metric;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.knowledge.SlicingGoal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The tables of a run: per language and overall, per intent, per goal, the time per message, and the failures. */
final class Report {

    private static final String ALL = "all";
    /** The targets of issue 12, per language and overall: the least share of each metric. */
    private static final Map<Metric, Double> TARGETS = new EnumMap<>(Map.of(
            Metric.WORKFLOW, 0.97, Metric.GOAL, 0.95, Metric.SETTINGS_RIGHT, 0.95, Metric.VALUE_LANDED, 1.0,
            Metric.OFF_TOPIC_CLEAN, 1.0));
    private final List<Score> scores = new ArrayList<>();

    void add(Score score) {
        scores.add(score);
    }

    void print(PrintStream out) {
        Map<String, List<Score>> byLanguage = scores.stream().collect(
                Collectors.groupingBy(s -> s.blindCase().language(), LinkedHashMap::new, Collectors.toList()));
        byLanguage.put(ALL, scores);
        printLanguages(out, byLanguage);
        printTargets(out, byLanguage);
        printIntents(out);
        printGoals(out);
        printTimes(out);
    }

    private void printLanguages(PrintStream out, Map<String, List<Score>> byLanguage) {
        out.println("Blind set: " + scores.size() + " messages; a cell is the share of the messages it applies to"
                + " (passed/applicable).");
        StringBuilder header = new StringBuilder(String.format("%-6s %8s", "lang", "messages"));
        for (Metric metric : Metric.values()) {
            header.append(String.format(" %18s", metric.label));
        }
        out.println(header.append(String.format(" %9s", "mean ms")));
        byLanguage.forEach((language, rows) -> {
            StringBuilder line = new StringBuilder(String.format("%-6s %8d", language, rows.size()));
            for (Metric metric : Metric.values()) {
                line.append(String.format(" %18s", cell(rows, metric)));
            }
            out.println(line.append(String.format(" %9.1f", meanMillis(rows))));
        });
    }

    private static void printTargets(PrintStream out, Map<String, List<Score>> byLanguage) {
        out.println();
        StringBuilder targets = new StringBuilder("Targets of issue 12 (met / missed):");
        TARGETS.forEach((metric, least) ->
                targets.append(String.format(" %s at least %.0f%%;", metric.label, least * 100)));
        out.println(targets);
        byLanguage.forEach((language, rows) -> {
            StringBuilder line = new StringBuilder(String.format("  %-6s", language));
            TARGETS.forEach((metric, least) -> line.append(String.format(" %s %s", metric.label,
                    share(rows, metric) >= least - 1e-9 ? "met" : "MISSED")).append(';'));
            out.println(line);
        });
    }

    private void printIntents(PrintStream out) {
        out.println();
        out.println("Workflow per expected intent (all languages), with the workflows of the misses:");
        for (Intent intent : Intent.values()) {
            List<Score> rows = scores.stream().filter(s -> s.blindCase().intent() == intent).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, Long> misses = rows.stream().filter(s -> !s.checks().get(Metric.WORKFLOW))
                    .collect(Collectors.groupingBy(s -> s.got().split(" ", 2)[0], TreeMap::new, Collectors.counting()));
            out.printf("  %-28s %18s  %s%n", intent, cell(rows, Metric.WORKFLOW), misses.isEmpty() ? "" : misses);
        }
    }

    private void printGoals(PrintStream out) {
        out.println();
        out.println("Goals (all languages): served / no characteristic setting moved / one moved the wrong way;"
                + " a reply without a recommendation counts as not moved.");
        for (SlicingGoal goal : SlicingGoal.values()) {
            List<Score> rows = scores.stream().filter(s -> s.blindCase().goal().equals(Optional.of(goal)))
                    .toList();
            Map<GoalTable.Verdict, Long> verdicts = new EnumMap<>(GoalTable.Verdict.class);
            rows.forEach(s -> s.goalVerdict().ifPresent(v -> verdicts.merge(v, 1L, Long::sum)));
            out.printf("  %-24s %3d messages  served %3d  not moved %3d  opposed %3d%n", goal, rows.size(),
                    verdicts.getOrDefault(GoalTable.Verdict.SERVED, 0L),
                    verdicts.getOrDefault(GoalTable.Verdict.NOT_MOVED, 0L),
                    verdicts.getOrDefault(GoalTable.Verdict.OPPOSED, 0L));
        }
    }

    private void printTimes(PrintStream out) {
        long[] micros = scores.stream().mapToLong(s -> s.nanos() / 1_000).sorted().toArray();
        out.println();
        out.printf("Time per message (POST chats/messages/, one at a time): mean %.1f ms, median %.1f ms, p90 %.1f ms,"
                        + " max %.1f ms%n", meanMillis(scores), micros[micros.length / 2] / 1000.0,
                micros[(int) (micros.length * 0.9)] / 1000.0, micros[micros.length - 1] / 1000.0);
    }

    /** One line per message that failed a check: id, message, expected, got, the failed checks. */
    void writeFailures(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("id\tmessage\texpected\tgot\tfailed");
        for (Score score : scores) {
            if (!score.failed()) {
                continue;
            }
            String failed = Arrays.stream(Metric.values()).filter(m -> Boolean.FALSE.equals(score.checks().get(m)))
                    .map(m -> m.label).collect(Collectors.joining(", "));
            lines.add(String.join("\t", score.blindCase().id(), score.blindCase().message(),
                    score.blindCase().expected(), score.got().replace('\t', ' ').replace('\n', ' '), failed));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    long failures() {
        return scores.stream().filter(Score::failed).count();
    }

    private static String cell(List<Score> rows, Metric metric) {
        long applicable = applicable(rows, metric).count();
        if (applicable == 0) {
            return "-";
        }
        long passed = applicable(rows, metric).filter(s -> s.checks().get(metric)).count();
        return String.format("%.1f%% %d/%d", 100.0 * passed / applicable, passed, applicable);
    }

    /** The share of the messages a metric applies to that passed it; 1 when it applies to none. */
    private static double share(List<Score> rows, Metric metric) {
        long applicable = applicable(rows, metric).count();
        return applicable == 0 ? 1 : (double) applicable(rows, metric).filter(s -> s.checks().get(metric)).count()
                / applicable;
    }

    private static Stream<Score> applicable(List<Score> rows, Metric metric) {
        return rows.stream().filter(s -> s.checks().containsKey(metric));
    }

    private static double meanMillis(List<Score> rows) {
        return rows.stream().mapToLong(Score::nanos).average().orElse(0) / 1e6;
    }
}
