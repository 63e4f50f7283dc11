package dev.slicewise.adapter.llm.embedded.cad;

import dev.slicewise.domain.conversation.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of design requests in the nine languages, one table per language
 * ({@code words_<language>.properties}), merged by group: a group is searched in every language at once, as users
 * do not always write in their app's language. Each group is one regular expression over the normalised text.
 */
final class CadWords {

    private static final String RESOURCE = "/dev/slicewise/adapter/llm/embedded/cad/words_%s.properties";

    /** The shortest word a misspelling is tolerated in: shorter words are too near to others. */
    private static final int TYPO_LENGTH = 5;
    private static final Pattern WORD = Pattern.compile(CadText.WORD_LETTER + "+");

    private final Map<String, Pattern> groups;
    private final Map<String, List<String>> phrases;

    private CadWords(Map<String, Pattern> groups, Map<String, List<String>> phrases) {
        this.groups = groups;
        this.phrases = phrases;
    }

    static CadWords load() {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Properties table = read(String.format(RESOURCE, language.tag().replace('-', '_')));
            for (String group : table.stringPropertyNames()) {
                Arrays.stream(table.getProperty(group).split("\\|"))
                        .map(String::strip)
                        .filter(phrase -> !phrase.isEmpty())
                        .map(CadText::normalise)
                        .forEach(phrase -> phrases.computeIfAbsent(group, key -> new ArrayList<>()).add(phrase));
            }
        }
        Map<String, Pattern> groups = new LinkedHashMap<>();
        phrases.forEach((group, list) -> groups.put(group, pattern(list)));
        return new CadWords(Map.copyOf(groups), Map.copyOf(phrases));
    }

    /** Every occurrence of the group's phrases, the longest at a place. */
    List<Found> find(String group, String text) {
        Pattern pattern = groups.get(group);
        if (pattern == null) {
            throw new IllegalArgumentException("no word group " + group);
        }
        List<Found> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new Found(group, matcher.start(), matcher.end()));
        }
        return found;
    }

    /**
     * The words of the text that misspell by one letter (one letter more, one missing, or two neighbours swapped) a
     * one-word phrase of five letters or more of a group whose name starts with the prefix ("wahser" for "washer",
     * "zahnard" for "zahnrad*"). A replaced letter is not taken: it mostly makes another word ("wasser", "spater").
     * The first letter must be right, and the words of {@code common.WORDS}, which are one letter from a phrase
     * ("blague"), are never taken for one.
     */
    List<Found> misspelt(String prefix, String text) {
        List<String> common = phrases.getOrDefault("common.WORDS", List.of());
        List<Found> found = new ArrayList<>();
        Matcher token = WORD.matcher(text);
        while (token.find()) {
            String written = token.group();
            if (written.length() < TYPO_LENGTH || common.contains(written)) {
                continue;
            }
            for (String group : groups(prefix)) {
                if (phrases.get(group).stream().anyMatch(phrase -> nearly(written, phrase))) {
                    found.add(new Found(group, token.start(), token.end()));
                }
            }
        }
        return found;
    }

    /**
     * Whether the written word is one edit from the one-word phrase or, when the phrase ends in *, begins with a
     * stem one edit from the phrase's that ends in the same letter ("шестрен" for "шестерн*", not "пласти" for
     * "пластин*", which would take "пластик").
     */
    private static boolean nearly(String written, String phrase) {
        boolean open = phrase.endsWith("*");
        String word = open ? phrase.substring(0, phrase.length() - 1) : phrase;
        if (word.length() < TYPO_LENGTH || !WORD.matcher(word).matches() || word.charAt(0) != written.charAt(0)) {
            return false;
        }
        if (!open) {
            return edits(written, word) <= 1;
        }
        for (int end = word.length() - 1; end <= Math.min(written.length(), word.length() + 1); end++) {
            String stem = written.substring(0, end);
            if (stem.charAt(end - 1) == word.charAt(word.length() - 1) && edits(stem, word) <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The edits from one word to the other: a letter added or removed, or two neighbouring letters swapped, count one;
     * a replaced letter counts two (a removal and an addition).
     */
    private static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 2;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The groups whose name starts with the prefix ("family.", "role."). */
    List<String> groups(String prefix) {
        return groups.keySet().stream().filter(group -> group.startsWith(prefix)).sorted().toList();
    }

    /** A phrase found: its group and where. */
    record Found(String group, int start, int end) {
        int length() {
            return end - start;
        }
    }

    /**
     * One alternation, the longest phrases first; a word matches whole words (a Latin or Cyrillic letter may not
     * touch it), a word ending in * also takes the rest of that word (anywhere in the phrase: "зубчат* колес*"), and
     * Chinese matches anywhere.
     */
    private static Pattern pattern(List<String> phrases) {
        String alternatives = phrases.stream()
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(CadWords::expression)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        return Pattern.compile(alternatives);
    }

    private static String expression(String phrase) {
        String word = CadText.WORD_LETTER;
        String quoted = Arrays.stream(phrase.split(" "))
                .map(part -> part.endsWith("*") ? Pattern.quote(part.substring(0, part.length() - 1)) + word + "*"
                        : Pattern.quote(part))
                .reduce((a, b) -> a + "\\s+" + b).orElseThrow();
        if (CadText.hasChinese(phrase) || !Character.isLetter(phrase.charAt(0))) {
            return "(?:" + quoted + ")";
        }
        return "(?:(?<!" + word + ")" + quoted + (phrase.endsWith("*") ? "" : "(?!" + word + ")") + ")";
    }

    private static Properties read(String resource) {
        try (InputStream in = CadWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Properties table = new Properties();
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
