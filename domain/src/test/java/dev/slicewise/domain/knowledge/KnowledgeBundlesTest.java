package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.BundleFiles;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Each language's knowledge file read on its own, so that a missing key is not hidden by the English fallback. */
class KnowledgeBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final Properties ENGLISH = file(Language.EN);

    private static Properties file(Language language) {
        return BundleFiles.read(Knowledge.class, "knowledge", language);
    }


    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguage_hasExactlyTheEnglishKeys(Language language) {
        BundleFiles.assertSameKeys(ENGLISH, file(language), language);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyTranslation_hasTheEnglishPlaceholders(Language language) {
        Properties translated = file(language);
        List<String> mismatched = ENGLISH.stringPropertyNames().stream()
                .filter(key -> !placeholders(ENGLISH.getProperty(key)).equals(placeholders(translated.getProperty(key))))
                .sorted().toList();
        assertEquals(List.of(), mismatched, language.tag());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyReasonPresetRemarkAndGoal_readsWhole(Language language) {
        Stream<String> texts = Stream.of(
                Arrays.stream(Reason.values()).map(reason -> reason.text(language, "«value»", "«material»")),
                Arrays.stream(PresetReason.values()).map(reason -> reason.text(language, "«name»", "«height»")),
                Arrays.stream(Remark.values()).map(remark -> remark.text(language, "«material»")),
                Arrays.stream(SlicingGoal.values()).map(goal -> Knowledge.goalName(goal, language))
        ).flatMap(stream -> stream);
        texts.forEach(text -> assertFalse(text.contains("{") || text.contains("'") || text.isBlank(), text));
    }

    @Test
    void everyMeaning_isOfACatalogSetting() {
        Set<String> unknown = ENGLISH.stringPropertyNames().stream().filter(key -> key.startsWith("meaning."))
                .map(key -> key.substring("meaning.".length()))
                .filter(key -> SettingsCatalog.standard().find(key).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown);
    }

    @Test
    void aMeaningIsGivenInTheLanguage_andNoneForAnUncommonSetting() {
        assertEquals("每一层的厚度：越薄越精细但越慢，越厚越快。",
                Knowledge.meaning("layer_height", Language.ZH_CN).orElseThrow());
        assertEquals(java.util.Optional.empty(), Knowledge.meaning("bridge_flow", Language.EN));
    }

    private static Set<String> placeholders(String pattern) {
        return PLACEHOLDER.matcher(pattern).results().map(result -> result.group()).collect(Collectors.toSet());
    }
}
