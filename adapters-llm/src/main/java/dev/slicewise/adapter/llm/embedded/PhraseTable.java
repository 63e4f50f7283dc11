package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.conversation.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Groups of phrases from a properties resource with one entry per group and language,
 * {@code <group>.<language tag> = phrase | phrase}. A group is searched in all its languages at once.
 *
 * <p>The classifier's model features, its phrase rules, and the engine's reply read the same message against the
 * same groups, several times each: what a group found in the text looked up last on a thread is kept, so that each
 * group is searched once per message.
 */
final class PhraseTable {

    static final String RESOURCE = "/dev/slicewise/adapter/llm/embedded/phrases.properties";

    private final Map<String, PhraseGroup> groups;
    private final ThreadLocal<Searched> last = new ThreadLocal<>();

    /** What the groups searched so far found in one text. */
    private record Searched(NormalisedText text, Map<String, Found> groups) {
    }

    /** How many different phrases of a group occur in a text, and where, in text order. */
    private record Found(int phrases, List<Span> spans) {
    }

    private PhraseTable(Map<String, PhraseGroup> groups) {
        this.groups = groups;
    }

    static PhraseTable load(String resource) {
        Map<String, List<Phrase>> groups = new HashMap<>();
        Properties entries = read(resource);
        for (String key : entries.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            if (dot < 1 || !isLanguageTag(key.substring(dot + 1))) {
                throw new IllegalStateException(resource + ": '" + key + "' does not end in a supported language tag");
            }
            List<Phrase> phrases = groups.computeIfAbsent(key.substring(0, dot), group -> new ArrayList<>());
            Arrays.stream(entries.getProperty(key).split("\\|"))
                    .filter(source -> !source.isBlank())
                    .map(Phrase::parse)
                    .forEach(phrases::add);
        }
        Map<String, PhraseGroup> indexed = new HashMap<>();
        groups.forEach((group, phrases) -> indexed.put(group, new PhraseGroup(phrases)));
        return new PhraseTable(Map.copyOf(indexed));
    }

    static Properties read(String resource) {
        try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Properties entries = new Properties();
            entries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    private static boolean isLanguageTag(String tag) {
        return Arrays.stream(Language.values()).anyMatch(language -> language.tag().equals(tag));
    }

    /** Every place a phrase of the group occurs, in text order. */
    List<Span> find(String group, NormalisedText text) {
        return found(group, text).spans();
    }

    /** How many different phrases of the group occur in the text. */
    int countPhrasesIn(String group, NormalisedText text) {
        return found(group, text).phrases();
    }

    boolean anyIn(String group, NormalisedText text) {
        return found(group, text).phrases() > 0;
    }

    private Found found(String group, NormalisedText text) {
        Searched searched = last.get();
        if (searched == null || !searched.text().equals(text)) {
            searched = new Searched(text, new HashMap<>());
            last.set(searched);
        }
        Found found = searched.groups().get(group);
        if (found == null) {
            found = search(group, text);
            searched.groups().put(group, found);
        }
        return found;
    }

    private Found search(String group, NormalisedText text) {
        PhraseGroup phrases = groups.get(group);
        if (phrases == null) {
            throw new IllegalArgumentException("no phrase group '" + group + "' in the table");
        }
        int occurring = 0;
        List<Span> spans = new ArrayList<>();
        for (Phrase phrase : phrases.candidatesIn(text)) {
            List<Span> occurrences = phrase.occurrencesIn(text);
            if (!occurrences.isEmpty()) {
                occurring++;
                spans.addAll(occurrences);
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Span::end, Comparator.reverseOrder()));
        return new Found(occurring, List.copyOf(spans));
    }
}
