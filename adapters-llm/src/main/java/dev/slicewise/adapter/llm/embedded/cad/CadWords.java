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

    private final Map<String, Pattern> groups;

    private CadWords(Map<String, Pattern> groups) {
        this.groups = groups;
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
        return new CadWords(Map.copyOf(groups));
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
