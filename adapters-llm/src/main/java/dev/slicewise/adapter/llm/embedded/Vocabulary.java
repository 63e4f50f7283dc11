package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.knowledge.SlicingGoal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the phrase tables recognise in a message, in the assistant's terms: intents, cues, settings, goals, topics
 * (defects are the domain's knowledge: {@code DefectKnowledge.recognise}).
 */
final class Vocabulary {

    private final PhraseTable table;

    Vocabulary(PhraseTable table) {
        this.table = table;
    }

    /** The vocabulary of the phrase tables shipped with the adapter, read once. */
    static Vocabulary standard() {
        return Standard.VOCABULARY;
    }

    private static final class Standard {
        static final Vocabulary VOCABULARY = new Vocabulary(PhraseTable.load(PhraseTable.RESOURCE));
    }

    /** How many different phrases of the intent's table occur in the text. */
    int phrasesFor(Intent intent, NormalisedText text) {
        return table.countPhrasesIn("intent." + intent.name(), text);
    }

    /** How many different phrases of the cue occur in the text. */
    int phrasesFor(Cue cue, NormalisedText text) {
        return table.countPhrasesIn(cue.group(), text);
    }

    boolean has(Cue cue, NormalisedText text) {
        return table.anyIn(cue.group(), text);
    }

    List<Span> find(Cue cue, NormalisedText text) {
        return table.find(cue.group(), text);
    }

    /** The settings the text names, in text order. Where names overlap ("bed temperature", "temperature"), the longest wins. */
    List<SettingMention> settingsIn(NormalisedText text) {
        List<SettingMention> candidates = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            table.find(setting.group(), text).forEach(span -> candidates.add(new SettingMention(setting, span)));
        }
        candidates.sort(Comparator.comparingInt((SettingMention mention) -> -mention.span().length())
                .thenComparingInt(mention -> mention.span().start()));
        List<SettingMention> kept = new ArrayList<>();
        for (SettingMention candidate : candidates) {
            if (kept.stream().noneMatch(mention -> mention.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(mention -> mention.span().start()));
        return List.copyOf(kept);
    }

    /**
     * The goals the text names, each once, in the order of {@link SlicingGoal}; a goal named only in a clause that
     * says it does not matter ("strength doesn't matter") is not one.
     */
    List<SlicingGoal> goalsIn(NormalisedText text) {
        List<Span> unimportant = find(Cue.UNIMPORTANT, text);
        return Arrays.stream(SlicingGoal.values()).filter(goal -> table.find(group(goal), text).stream()
                .anyMatch(named -> unimportant.stream().noneMatch(said -> text.sameClause(named, said)))).toList();
    }

    static String group(SlicingGoal goal) {
        return "goal." + goal.name();
    }

    /** The filament material the text names; where names overlap ("PETG-CF", "PETG"), the longest wins. */
    Optional<Material> materialIn(NormalisedText text) {
        record Found(Material material, Span span) {
        }
        return Arrays.stream(Material.values())
                .flatMap(material -> table.find(group(material), text).stream().map(span -> new Found(material, span)))
                .min(Comparator.comparingInt((Found found) -> -found.span().length())
                        .thenComparingInt(found -> found.span().start()))
                .map(Found::material);
    }

    static String group(Material material) {
        return "material." + material.name();
    }

    /** The topic the text names first, if any. */
    Optional<Topic> topicIn(NormalisedText text) {
        return earliest(Topic.values(), Topic::group, text);
    }

    private <T> Optional<T> earliest(T[] values, Function<T, String> group, NormalisedText text) {
        record Found<T>(T value, int start) {
        }
        return Arrays.stream(values)
                .flatMap(value -> table.find(group.apply(value), text).stream().limit(1)
                        .map(span -> new Found<>(value, span.start())))
                .min(Comparator.comparingInt(Found::start))
                .map(Found::value);
    }
}
