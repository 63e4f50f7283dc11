package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.catalog.Scope;
import dev.slicewise.domain.catalog.SettingDefinition;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the settings a message asks about: by the phrase tables' own words ("infill", "层高"), or by a name the
 * settings catalog gives: the OrcaSlicer key ("sparse_infill_density"), the English label ("Wall loops") or the display
 * name in any language. Where names overlap the longest wins. A catalog name of one short word is left out ("Wipe"
 * would match ordinary talk), and so is a name that several settings share, unless only one of them is not the
 * printer's ("Retraction length" is the filament's override of the printer's retraction).
 */
final class SettingFinder {

    private static final int LONG_WORD = 10;

    private final Vocabulary vocabulary;
    private final Map<Phrase, String> catalogNames;

    SettingFinder(Vocabulary vocabulary, SettingsCatalog catalog) {
        this.vocabulary = vocabulary;
        this.catalogNames = catalogNames(catalog);
    }

    /** The OrcaSlicer keys the text names, in text order, each once. */
    List<String> keysIn(NormalisedText text) {
        record Found(Span span, List<String> keys) {
        }
        List<Found> candidates = new ArrayList<>();
        vocabulary.settingsIn(text)
                .forEach(mention -> candidates.add(new Found(mention.span(), mention.setting().keys())));
        catalogNames.forEach((phrase, key) -> phrase.occurrencesIn(text)
                .forEach(span -> candidates.add(new Found(span, List.of(key)))));
        candidates.sort(Comparator.comparingInt((Found found) -> -found.span().length())
                .thenComparingInt(found -> found.span().start())
                .thenComparing(found -> found.keys().getFirst()));
        List<Found> kept = new ArrayList<>();
        for (Found candidate : candidates) {
            if (kept.stream().noneMatch(found -> found.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(found -> found.span().start()));
        Set<String> keys = new LinkedHashSet<>();
        kept.forEach(found -> keys.addAll(found.keys()));
        return List.copyOf(keys);
    }

    private static Map<Phrase, String> catalogNames(SettingsCatalog catalog) {
        Map<String, Set<String>> keysByName = new HashMap<>();
        for (SettingDefinition definition : catalog.definitions()) {
            Set<String> names = new HashSet<>(List.of(definition.key(), definition.label()));
            for (Language language : Language.values()) {
                names.add(catalog.displayName(definition.key(), language));
            }
            names.stream().map(name -> NormalisedText.of(name).value()).filter(SettingFinder::distinctive)
                    .forEach(name -> keysByName.computeIfAbsent(name, n -> new HashSet<>()).add(definition.key()));
        }
        Map<Phrase, String> phrases = new HashMap<>();
        keysByName.forEach((name, keys) -> {
            List<String> settable = keys.stream()
                    .filter(key -> catalog.find(key).filter(d -> d.scope() != Scope.PRINTER).isPresent()).toList();
            if (keys.size() == 1 || settable.size() == 1) {
                phrases.put(Phrase.parse(name), keys.size() == 1 ? keys.iterator().next() : settable.getFirst());
            }
        });
        return Map.copyOf(phrases);
    }

    /** Several words, a long word, or Chinese; and nothing the phrase syntax reads ({@code &}, {@code *}). */
    private static boolean distinctive(String name) {
        boolean chinese = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean plain = !name.contains("&") && !name.contains("*");
        return plain && (name.contains(" ") || name.length() >= LONG_WORD || (chinese && name.length() > 1));
    }
}
