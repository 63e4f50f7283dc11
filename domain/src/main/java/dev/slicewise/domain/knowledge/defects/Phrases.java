package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Phrases users write, as the knowledge's tables list them: a Chinese phrase is found anywhere in a text, any other
 * as whole words (case, accents and a plural {@code s} aside), where a word written with a final {@code *} also
 * matches the longer words it begins ("warp*": "warping"), and parts joined by {@code &} must all occur, in any order
 * ("corner* &amp; lift*"). Pure and deterministic.
 */
final class Phrases {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static final String PREFIX_MARK = "*";
    private static final String ALL_OF = "&";
    /**
     * How many first characters of a prefix index it, and the fewest it may have: a word is compared only with the
     * prefixes it can begin with.
     */
    private static final int INDEXED = 2;

    private final List<String> chinese;
    /** The phrases in words, by their first word: a text is read once, word by word. */
    private final Map<String, List<WordPattern>> byFirstWord = new HashMap<>();
    /** The phrases whose first word is a prefix, by that prefix's first {@value #INDEXED} characters. */
    private final Map<String, List<WordPattern>> byFirstPrefix = new HashMap<>();
    /** The phrases of parts that must all occur, in any order. */
    private final List<List<WordPattern>> allOf = new ArrayList<>();

    Phrases(List<String> phrases) {
        Require.present(phrases, "phrases");
        this.chinese = phrases.stream().filter(phrase -> HAN.matcher(phrase).find()).toList();
        phrases.stream().filter(phrase -> !HAN.matcher(phrase).find() && phrase.contains(ALL_OF))
                .map(phrase -> Arrays.stream(phrase.split(ALL_OF)).map(WordPattern::of)
                        .filter(pattern -> !pattern.words().isEmpty()).toList())
                .forEach(allOf::add);
        phrases.stream().filter(phrase -> !HAN.matcher(phrase).find() && !phrase.contains(ALL_OF))
                .map(WordPattern::of).filter(pattern -> !pattern.words().isEmpty())
                .forEach(pattern -> {
                    if (pattern.prefix().get(0)) {
                        String first = pattern.words().getFirst();
                        if (first.length() < INDEXED) {
                            throw new IllegalArgumentException("a prefix of fewer than " + INDEXED
                                    + " characters matches too many words: " + first);
                        }
                        byFirstPrefix.computeIfAbsent(first.substring(0, INDEXED), key -> new ArrayList<>())
                                .add(pattern);
                    } else {
                        byFirstWord.computeIfAbsent(pattern.words().getFirst(), first -> new ArrayList<>())
                                .add(pattern);
                    }
                });
    }

    /**
     * A phrase in words, each matching a whole word, or a word's beginning where the phrase wrote it with a final
     * {@code *}; its length counts the characters of its words joined by one space.
     */
    private record WordPattern(List<String> words, List<Boolean> prefix, int length) {

        static WordPattern of(String phrase) {
            List<String> words = new ArrayList<>();
            List<Boolean> prefix = new ArrayList<>();
            for (String token : phrase.strip().split("\\s+")) {
                boolean open = token.endsWith(PREFIX_MARK);
                List<String> parts = open ? plainWords(token.substring(0, token.length() - 1)) : Phrases.words(token);
                for (int i = 0; i < parts.size(); i++) {
                    words.add(parts.get(i));
                    prefix.add(open && i == parts.size() - 1);
                }
            }
            return new WordPattern(List.copyOf(words), List.copyOf(prefix), String.join(" ", words).length());
        }

        boolean foundIn(List<String> text) {
            for (int start = 0; start < text.size(); start++) {
                if (matchesAt(text, start)) {
                    return true;
                }
            }
            return false;
        }

        boolean matchesAt(List<String> text, int start) {
            if (start + words.size() > text.size()) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                String word = text.get(start + i);
                if (prefix.get(i) ? !word.startsWith(words.get(i)) : !word.equals(words.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A text as the phrases read it, read once for all of them: its {@link #words(String)}, and the beginning of each
     * word by which the prefixes are indexed (a word shorter than that begins no prefix).
     */
    record Said(String text, List<String> words, List<String> beginnings) {

        static Said of(String text) {
            List<String> words = Phrases.words(Require.present(text, "text"));
            List<String> beginnings = new ArrayList<>(words.size());
            for (String word : words) {
                beginnings.add(word.length() < INDEXED ? "" : word.substring(0, INDEXED));
            }
            return new Said(text, words, beginnings);
        }

        /** The words joined: two texts that read the same say the same. */
        String key() {
            return String.join(" ", words);
        }
    }

    /** Whether any phrase is in the text. */
    boolean foundIn(Said said) {
        return longestIn(said) > 0;
    }

    /**
     * The length of the longest phrase found in the text, in characters (a Latin phrase's words joined by one
     * space), 0 when none is: the longest says the most ("not fixed" rather than "fixed").
     */
    int longestIn(Said said) {
        String text = said.text();
        List<String> words = said.words();
        int longest = 0;
        if (!chinese.isEmpty() && hasHan(text)) {
            for (String phrase : chinese) {
                if (phrase.length() > longest && text.contains(phrase)) {
                    longest = phrase.length();
                }
            }
        }
        for (int start = 0; start < words.size(); start++) {
            for (WordPattern phrase : byFirstWord.getOrDefault(words.get(start), List.of())) {
                if (phrase.length() > longest && phrase.matchesAt(words, start)) {
                    longest = phrase.length();
                }
            }
            for (WordPattern phrase : byFirstPrefix.getOrDefault(said.beginnings().get(start), List.of())) {
                if (phrase.length() > longest && phrase.matchesAt(words, start)) {
                    longest = phrase.length();
                }
            }
        }
        for (List<WordPattern> parts : allOf) {
            int length = parts.stream().mapToInt(WordPattern::length).sum() + parts.size() - 1;
            if (length > longest && parts.stream().allMatch(part -> part.foundIn(words))) {
                longest = length;
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
        return words(text, true);
    }

    /** The words as {@link #words(String)} reads them, the plural {@code s} kept: the beginning of a word. */
    private static List<String> plainWords(String text) {
        return words(text, false);
    }

    private static List<String> words(String text, boolean singular) {
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
                words.add(singular ? singular(word.toString()) : word.toString());
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
