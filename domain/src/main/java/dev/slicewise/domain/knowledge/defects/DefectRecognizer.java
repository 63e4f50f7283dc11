package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the defects a user describes, by the phrases users use for them: a Chinese phrase anywhere in the text, a
 * Latin one as whole words (case, accents and a plural {@code s} aside). Pure and deterministic; the defects come in
 * their declaration order.
 */
final class DefectRecognizer {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private final Map<Defect, List<String>> chinese = new EnumMap<>(Defect.class);
    private final Map<Defect, List<List<String>>> latin = new EnumMap<>(Defect.class);

    DefectRecognizer(Map<Defect, DefectRow> defects) {
        defects.forEach((defect, row) -> {
            List<String> all = new ArrayList<>(row.englishPhrases());
            all.addAll(row.chinesePhrases());
            chinese.put(defect, all.stream().filter(phrase -> HAN.matcher(phrase).find()).toList());
            latin.put(defect, all.stream().filter(phrase -> !HAN.matcher(phrase).find())
                    .map(DefectRecognizer::words).toList());
        });
    }

    List<Defect> recognise(String text) {
        Require.present(text, "text");
        List<String> words = words(text);
        return Arrays.stream(Defect.values())
                .filter(defect -> chinese.get(defect).stream().anyMatch(text::contains)
                        || latin.get(defect).stream().anyMatch(phrase -> Collections.indexOfSubList(words, phrase) >= 0))
                .toList();
    }

    /** Lower case, no accents, split into words, a plural {@code s} dropped: "Strings!" → [string]. */
    private static List<String> words(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        return Arrays.stream(NOT_A_WORD.split(plain)).filter(word -> !word.isEmpty())
                .map(word -> word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                        ? word.substring(0, word.length() - 1) : word)
                .toList();
    }
}
