package dev.slicewise.adapter.llm.plate;

import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.AdhesionRisk;
import dev.slicewise.domain.plate.analysis.Confidence;
import dev.slicewise.domain.plate.analysis.Feature;
import dev.slicewise.domain.plate.analysis.PlateFindings;
import dev.slicewise.domain.plate.analysis.ShapeClass;
import dev.slicewise.domain.plate.analysis.SupportNeed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each language's plate bundle read on its own, so that a missing key is not hidden by the English fallback. */
class PlateBundlesTest {

    private static Properties bundle(Language language) {
        String name = "plate" + (language == Language.EN ? "" : "_" + language.locale()) + ".properties";
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                PlateTexts.class.getResourceAsStream(name), name), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguageHasTheEnglishKeysAndNoOther(Language language) {
        Set<String> english = bundle(Language.EN).stringPropertyNames();
        Set<String> translated = bundle(language).stringPropertyNames();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, language + " lacks keys");
        assertEquals(Set.of(), extra, language + " has keys English lacks");
    }

    /** The longest content there can be: a kind, several models, three features, in every language. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCombinationOfFindingsFitsTheContentBound(Language language) {
        PlateTexts texts = new PlateTexts(language);
        for (SupportNeed support : SupportNeed.values()) {
            for (AdhesionAid aid : AdhesionAid.values()) {
                for (ShapeClass shape : ShapeClass.values()) {
                    for (ObjectKind kind : ObjectKind.values()) {
                        PlateFindings findings = new PlateFindings(support, Confidence.NONE, AdhesionRisk.HIGH, aid,
                                Confidence.NONE, shape, Confidence.NONE, EnumSet.allOf(Feature.class));
                        String content = texts.content(findings, Optional.of(kind), 12, true);
                        assertTrue(content.length() < PlateTexts.MAX_CONTENT, content.length() + ": " + content);
                        assertTrue(content.endsWith("?") || content.endsWith("？"), content);
                        String method = texts.suggestedPrintingMethod(findings);
                        assertTrue(!method.contains("**") && !method.contains("{"), method);
                    }
                }
            }
        }
    }
}
