package dev.slicewise.domain;

import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TextsTest {

    private static final String[] ARGUMENTS = {"«0»", "«1»", "«2»", "«3»", "«4»", "«5»"};

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguage_hasItsOwnTextForEveryEnglishKey(Language language) {
        BundleFiles.assertSameKeys(texts(Language.EN), texts(language), language);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyGuardrailText_fillsAllItsPlaceholders(Language language) {
        for (String key : texts(Language.EN).stringPropertyNames()) {
            if (key.startsWith("guardrail.")) {
                String text = Texts.format(language, key, ARGUMENTS);
                String english = Texts.format(Language.EN, key, ARGUMENTS);
                for (String argument : ARGUMENTS) {
                    assertEquals(english.contains(argument), text.contains(argument), key + " " + argument + ": " + text);
                }
                assertFalse(text.contains("{") || text.contains("'"), key + ": " + text);
            }
        }
    }

    private static Properties texts(Language language) {
        return BundleFiles.read(Texts.class, "texts", language);
    }
}
