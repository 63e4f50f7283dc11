package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Phrases users write, as the knowledge's tables list them: a Chinese phrase is found anywhere in a text, a Latin one
 * as whole words (case, accents and a plural {@code s} aside). Pure and deterministic.
 */
final class Phrases {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final List<String> chinese;
    /** The Latin phrases as words, by their first word: a text is read once, word by word. */
    private final Map<String, List<List<String>>> latin = new HashMap<>();

    Phrases(List<String> phrases) {
        Require.present(phrases, "phrases");
        this.chinese = phrases.stream().filter(phrase -> HAN.matcher(phrase).find()).toList();
        phrases.stream().filter(phrase -> !HAN.matcher(phrase).find()).map(Phrases::words)
                .filter(words -> !words.isEmpty())
                .forEach(words -> latin.computeIfAbsent(words.getFirst(), first -> new ArrayList<>()).add(words));
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
        if (!chinese.isEmpty() && hasHan(text)) {
            for (String phrase : chinese) {
                if (phrase.length() > longest && text.contains(phrase)) {
                    longest = phrase.length();
                }
            }
        }
        for (int start = 0; start < words.size(); start++) {
            for (List<String> phrase : latin.getOrDefault(words.get(start), List.of())) {
                int length = String.join(" ", phrase).length();
                if (length > longest && start + phrase.size() <= words.size()
                        && words.subList(start, start + phrase.size()).equals(phrase)) {
                    longest = length;
                }
            }
        }
        return longest;
    }

    /** Whether the text has a common Chinese character (the CJK blocks of the BMP): a plain range test, it is hot. */
    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff') {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case, no accents, split into words, a plural {@code s} dropped: "Strings!" → [string]. One pass over the
     * characters, decomposed only when there is something to decompose: it runs on every message of a conversation.
     */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String plain = lower.chars().allMatch(c -> c < 0x80) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(singular(word.toString()));
                word.setLength(0);
            }
        }
        return words;
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1) : word;
    }

    /** The text as {@link #words(String)} sees it, joined: two texts that read the same have the same key. */
    static String key(String text) {
        return String.join(" ", words(text));
    }
}
