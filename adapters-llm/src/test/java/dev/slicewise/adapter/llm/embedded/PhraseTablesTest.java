package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.SlicingGoal;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhraseTablesTest {

    private static final Properties TABLES = PhraseTable.read(PhraseTable.RESOURCE);

    @Test
    void everyGroupHasPhrasesInEveryLanguage() {
        Map<String, Set<String>> languagesByGroup = TABLES.stringPropertyNames().stream().collect(Collectors.groupingBy(
                key -> key.substring(0, key.lastIndexOf('.')),
                Collectors.mapping(key -> key.substring(key.lastIndexOf('.') + 1), Collectors.toSet())));
        Set<String> all = Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.toSet());
        List<String> incomplete = languagesByGroup.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(all)).map(Map.Entry::getKey).sorted().toList();
        assertEquals(List.of(), incomplete);
        List<String> empty = TABLES.stringPropertyNames().stream()
                .filter(key -> TABLES.getProperty(key).isBlank()).sorted().toList();
        assertEquals(List.of(), empty);
    }

    @Test
    void theTablesHaveAGroupForEverythingTheRulesLookFor() {
        Set<String> groups = TABLES.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.lastIndexOf('.'))).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = Stream.of(
                IntentRules.TASKS.stream().map(intent -> "intent." + intent.name()),
                Stream.of("intent.GREETING"),
                Arrays.stream(Cue.values()).map(Cue::group),
                Arrays.stream(Setting.values()).map(Setting::group),
                Arrays.stream(SlicingGoal.values()).map(Vocabulary::group),
                Arrays.stream(Topic.values()).map(Topic::group),
                Arrays.stream(Material.values()).map(Vocabulary::group)
        ).flatMap(names -> names).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, groups);
    }

    @Test
    void aGroupSearchedAgainForTheSameMessage_findsWhatAFreshTableFinds_whateverWasReadInBetween() {
        PhraseTable table = PhraseTable.load(PhraseTable.RESOURCE);
        NormalisedText message = NormalisedText.of("Infill 40%, walls stronger please, and less stringing");
        NormalisedText other = NormalisedText.of("hello there");
        String infill = Setting.INFILL.group();
        String stringing = Vocabulary.group(SlicingGoal.LESS_STRINGING);

        List<Span> first = table.find(infill, message);
        table.find(infill, other);
        table.countPhrasesIn(stringing, other);

        PhraseTable fresh = PhraseTable.load(PhraseTable.RESOURCE);
        assertEquals(fresh.find(infill, message), first);
        assertEquals(fresh.find(infill, message), table.find(infill, message));
        assertEquals(List.of(fresh.countPhrasesIn(stringing, message), true),
                List.of(table.countPhrasesIn(stringing, message), table.anyIn(stringing, message)));
        assertFalse(first.isEmpty());
    }

    @Test
    void aTableWithAnUnsupportedLanguageDoesNotLoad() {
        assertThrows(IllegalStateException.class,
                () -> PhraseTable.load("/dev/slicewise/adapter/llm/embedded/unknown-language.properties"));
    }
}
