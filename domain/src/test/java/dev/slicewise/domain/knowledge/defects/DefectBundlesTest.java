package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.BundleFiles;
import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Each language's defects file read on its own, so that a missing key is not hidden by the English fallback. */
class DefectBundlesTest {

    private static final Properties ENGLISH = file(Language.EN);

    private static Properties file(Language language) {
        return BundleFiles.read(DefectBundlesTest.class, "defects", language);
    }


    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguage_hasExactlyTheEnglishKeys_andNoEmptyText(Language language) {
        Properties translated = file(language);
        BundleFiles.assertSameKeys(ENGLISH, translated, language);
        translated.stringPropertyNames().forEach(key -> assertFalse(translated.getProperty(key).isBlank(), key));
    }

    /** Every text the knowledge can show is in English, and English has no text nobody shows. */
    @Test
    void theEnglishKeys_areExactlyTheTextsTheKnowledgeShows() {
        DefectKnowledge knowledge = DefectKnowledge.standard();
        Set<String> shown = Stream.of(
                Arrays.stream(Defect.values()).map(d -> "defect." + d.name()),
                Arrays.stream(Cause.values()).map(c -> "cause." + c.name()),
                Arrays.stream(Evidence.values()).map(e -> "evidence." + e.name()),
                Arrays.stream(PhysicalAction.values()).map(a -> "action." + a.name()),
                knowledge.questions().stream()
                        .flatMap(q -> Stream.concat(Stream.of("question." + q.id()),
                                q.options().stream().map(o -> "option." + o.id()))),
                Stream.of("question.which_problem")
        ).flatMap(keys -> keys).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(shown, new TreeSet<>(ENGLISH.stringPropertyNames()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyText_readsWhole(Language language) {
        Stream<String> texts = Stream.of(
                Arrays.stream(Defect.values()).map(d -> d.text(language)),
                Arrays.stream(Cause.values()).map(c -> c.text(language)),
                Arrays.stream(Evidence.values()).map(e -> e.text(language)),
                Arrays.stream(PhysicalAction.values()).map(a -> a.text(language)),
                DefectKnowledge.standard().questions().stream().flatMap(q -> Stream.concat(Stream.of(q.text(language)),
                        q.options().stream().map(o -> o.text(language)))),
                Stream.of(DefectKnowledge.standard().whichProblem(language))
        ).flatMap(stream -> stream);
        texts.forEach(text -> assertFalse(text.contains("{") || text.contains("'") || text.isBlank(), text));
    }
}
