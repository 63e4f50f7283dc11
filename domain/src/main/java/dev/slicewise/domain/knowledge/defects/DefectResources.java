package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.catalog.Material;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the defect knowledge's tables ({@code defects.tsv}, {@code questions.tsv}, {@code causes.tsv},
 * {@code fixes.tsv}, {@code traits.tsv}); any flaw in them is a bug in the build, so it throws. A {@code -} is an
 * empty cell.
 */
final class DefectResources {

    private static final String NONE = "-";

    private DefectResources() {
    }

    static Map<Defect, DefectRow> defects() {
        Map<String, DiagnosticQuestion> questions = new HashMap<>();
        for (String[] cells : rows("questions.tsv", 2)) {
            questions.put(cells[0], new DiagnosticQuestion(cells[0],
                    list(cells[1], ",", DiagnosticQuestion.AnswerOption::new)));
        }
        Map<Defect, DefectRow> defects = new EnumMap<>(Defect.class);
        for (String[] cells : rows("defects.tsv", 4)) {
            List<DiagnosticQuestion> asked = list(cells[1], ",", id -> Optional.ofNullable(questions.get(id))
                    .orElseThrow(() -> new IllegalStateException("unknown question " + id)));
            defects.put(Defect.valueOf(cells[0]), new DefectRow(asked, list(cells[2], "\\|", Function.identity()),
                    list(cells[3], "\\|", Function.identity())));
        }
        return complete(defects, Defect.values(), "defects.tsv");
    }

    static Map<Defect, List<CauseRow>> causes() {
        Map<Defect, List<CauseRow>> causes = new EnumMap<>(Defect.class);
        for (String[] cells : rows("causes.tsv", 4)) {
            Map<Evidence, Integer> boosts = new EnumMap<>(Evidence.class);
            for (String boost : list(cells[3], ",", Function.identity())) {
                int sign = Math.max(boost.lastIndexOf('+'), boost.lastIndexOf('-'));
                boosts.put(Evidence.valueOf(boost.substring(0, sign)), Integer.parseInt(boost.substring(sign)
                        .replace("+", "")));
            }
            causes.computeIfAbsent(Defect.valueOf(cells[0]), defect -> new ArrayList<>())
                    .add(new CauseRow(Cause.valueOf(cells[1]), Integer.parseInt(cells[2]), boosts));
        }
        return complete(causes, Defect.values(), "causes.tsv");
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
