package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Phrases users write, as the knowledge's tables list them: a Chinese phrase is found anywhere in a text, a Latin one
 * as whole words (case, accents and a plural {@code s} aside). Pure and deterministic.
 */
final class Phrases {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private final List<String> chinese;
    private final List<List<String>> latin;

    Phrases(List<String> phrases) {
        Require.present(phrases, "phrases");
        this.chinese = phrases.stream().filter(phrase -> HAN.matcher(phrase).find()).toList();
        this.latin = phrases.stream().filter(phrase -> !HAN.matcher(phrase).find()).map(Phrases::words).toList();
    }

    /** Whether any phrase is in the text, whose {@link #words(String)} are given. */
    boolean foundIn(String text, List<String> words) {
        return longestIn(text, words) > 0;
    }

    /**
     * The length of the longest phrase found in the text, in characters (a Latin phrase's words joined by one
     * space), 0 when none is: the longest says the most ("not fixed" rather than "fixed").
     */
    int longestIn(String text, List<String> words) {
        int longest = 0;
        for (String phrase : chinese) {
            if (phrase.length() > longest && text.contains(phrase)) {
                longest = phrase.length();
            }
        }
        for (List<String> phrase : latin) {
            int length = String.join(" ", phrase).length();
            if (length > longest && Collections.indexOfSubList(words, phrase) >= 0) {
                longest = length;
            }
        }
        return longest;
    }

    /** Lower case, no accents, split into words, a plural {@code s} dropped: "Strings!" → [string]. */
    static List<String> words(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        return Arrays.stream(NOT_A_WORD.split(plain)).filter(word -> !word.isEmpty())
                .map(word -> word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                        ? word.substring(0, word.length() - 1) : word)
                .toList();
    }

    /** The text as {@link #words(String)} sees it, joined: two texts that read the same have the same key. */
    static String key(String text) {
        return String.join(" ", words(text));
    }
}
