package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.conversation.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the defect knowledge's tables ({@code defects.tsv}, {@code questions.tsv}, {@code causes.tsv},
 * {@code fixes.tsv}, {@code traits.tsv}, {@code phrases.tsv}, {@code clues.tsv}); any flaw in them is a bug in the
 * build, so it throws. A {@code -} is an empty cell.
 */
final class DefectResources {

    /** The entries of {@code phrases.tsv}: a defect, an answer option, a remark, each followed by its name. */
    static final String DEFECT = "defect.";
    static final String ANSWER = "answer.";
    static final String REMARK = "remark.";

    private static final String NONE = "-";

    private DefectResources() {
    }

    /** Every question, the defects' and the workflow's own, by id, in the file's order. */
    static Map<String, DiagnosticQuestion> questions() {
        Map<String, DiagnosticQuestion> questions = new LinkedHashMap<>();
        for (String[] cells : rows("questions.tsv", 2)) {
            questions.put(cells[0], new DiagnosticQuestion(cells[0],
                    list(cells[1], ",", DiagnosticQuestion.AnswerOption::new)));
        }
        return questions;
    }

    static Map<Defect, DefectRow> defects(Map<String, DiagnosticQuestion> questions) {
        Map<Defect, DefectRow> defects = new EnumMap<>(Defect.class);
        for (String[] cells : rows("defects.tsv", 2)) {
            defects.put(Defect.valueOf(cells[0]), new DefectRow(list(cells[1], ",",
                    id -> Optional.ofNullable(questions.get(id))
                            .orElseThrow(() -> new IllegalStateException("unknown question " + id)))));
        }
        return complete(defects, Defect.values(), "defects.tsv");
    }

    static Map<Defect, List<CauseRow>> causes() {
        Map<Defect, List<CauseRow>> causes = new EnumMap<>(Defect.class);
        for (String[] cells : rows("causes.tsv", 4)) {
            Map<Evidence, Integer> boosts = points(cells[3], Evidence::valueOf);
            causes.computeIfAbsent(Defect.valueOf(cells[0]), defect -> new ArrayList<>())
                    .add(new CauseRow(Cause.valueOf(cells[1]), Integer.parseInt(cells[2]), boosts));
        }
        return complete(causes, Defect.values(), "causes.tsv");
    }

    /**
     * How users say things ({@code phrases.tsv}), in every language at once, by entry ({@code defect.STRINGING},
     * {@code answer.NOT_FIXED}, {@code remark.DONE}); every defect, every option of a question and every remark has
     * phrases in each of the nine languages.
     */
    static Map<String, Phrases> phrases(Map<String, DiagnosticQuestion> questions) {
        Map<String, List<String>> phrases = new HashMap<>();
        Map<String, Set<String>> languages = new HashMap<>();
        Set<String> tags = Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.toSet());
        for (String[] cells : rows("phrases.tsv", 3)) {
            if (!tags.contains(cells[1])) {
                throw new IllegalStateException("phrases.tsv: unknown language " + cells[1]);
            }
            if (!languages.computeIfAbsent(cells[0], entry -> new HashSet<>()).add(cells[1])) {
                throw new IllegalStateException("phrases.tsv: " + cells[0] + " twice in " + cells[1]);
            }
            phrases.computeIfAbsent(cells[0], entry -> new ArrayList<>())
                    .addAll(list(cells[2], "\\|", Function.identity()));
        }
        List<String> entries = new ArrayList<>();
        Arrays.stream(Defect.values()).map(defect -> DEFECT + defect.name()).forEach(entries::add);
        questions.values().stream().flatMap(question -> question.options().stream())
                .map(option -> ANSWER + option.id()).distinct().forEach(entries::add);
        Arrays.stream(Remark.values()).map(remark -> REMARK + remark.name()).forEach(entries::add);
        List<String> incomplete = entries.stream()
                .filter(entry -> !languages.getOrDefault(entry, Set.of()).equals(tags)).toList();
        if (!incomplete.isEmpty()) {
            throw new IllegalStateException("phrases.tsv lacks languages of " + incomplete);
        }
        Map<String, Phrases> read = new HashMap<>();
        phrases.forEach((entry, list) -> read.put(entry, new Phrases(list)));
        return read;
    }

    /** What each answer says about the causes: question id, then option id, then points per cause. */
    static Map<String, Map<String, Map<Cause, Integer>>> clues(Map<String, DiagnosticQuestion> questions) {
        Map<String, Map<String, Map<Cause, Integer>>> clues = new HashMap<>();
        for (String[] cells : rows("clues.tsv", 3)) {
            DiagnosticQuestion question = Optional.ofNullable(questions.get(cells[0]))
                    .orElseThrow(() -> new IllegalStateException("clues.tsv: unknown question " + cells[0]));
            if (question.options().stream().noneMatch(option -> option.id().equals(cells[1]))) {
                throw new IllegalStateException("clues.tsv: " + cells[0] + " has no option " + cells[1]);
            }
            clues.computeIfAbsent(cells[0], id -> new HashMap<>()).put(cells[1], points(cells[2], Cause::valueOf));
        }
        return clues;
    }

    static Map<Cause, FixRow> fixes() {
        Map<Cause, FixRow> fixes = new EnumMap<>(Cause.class);
        for (String[] cells : rows("fixes.tsv", 3)) {
            fixes.put(Cause.valueOf(cells[0]), new FixRow(list(cells[1], ";", Step::parse),
                    list(cells[2], ",", PhysicalAction::valueOf)));
        }
        return complete(fixes, Cause.values(), "fixes.tsv");
    }

    static Map<Material, MaterialTraits> traits() {
        Map<Material, MaterialTraits> traits = new EnumMap<>(Material.class);
        for (String[] cells : rows("traits.tsv", 7)) {
            traits.put(Material.valueOf(cells[0]), new MaterialTraits(yes(cells[1]), yes(cells[2]), yes(cells[3]),
                    yes(cells[4]), yes(cells[5]), Optional.of(new BigDecimal(cells[6]))));
        }
        return complete(traits, Material.values(), "traits.tsv");
    }

    /** {@code NAME+4,OTHER-2} as points per name. */
    private static <T> Map<T, Integer> points(String cell, Function<String, T> name) {
        Map<T, Integer> points = new HashMap<>();
        for (String boost : list(cell, ",", Function.identity())) {
            int sign = Math.max(boost.lastIndexOf('+'), boost.lastIndexOf('-'));
            points.put(name.apply(boost.substring(0, sign)), Integer.parseInt(boost.substring(sign).replace("+", "")));
        }
        return points;
    }

    private static boolean yes(String cell) {
        return switch (cell) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException("yes or no, not " + cell);
        };
    }

    private static <T> List<T> list(String cell, String separator, Function<String, T> read) {
        return cell.equals(NONE) ? List.of()
                : Arrays.stream(cell.split(separator)).map(String::strip).map(read).toList();
    }

    private static <K, V> Map<K, V> complete(Map<K, V> map, K[] keys, String file) {
        List<K> missing = Arrays.stream(keys).filter(key -> !map.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(file + " lacks " + missing);
        }
        return new LinkedHashMap<>(map);
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DefectResources.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is part of the domain jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(file + ": " + columns + " columns expected in " + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
