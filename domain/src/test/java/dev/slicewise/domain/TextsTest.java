package dev.slicewise.domain;

import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TextsTest {

    private static final String[] ARGUMENTS = {"«0»", "«1»", "«2»", "«3»", "«4»", "«5»"};

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguage_hasItsOwnTextForEveryEnglishKey(Language language) throws IOException {
        Set<String> missing = new HashSet<>(keys("texts.properties"));
        missing.removeAll(keys("texts_" + language.locale() + ".properties"));

        assertEquals(Set.of(), missing, "keys without a " + language.tag() + " text");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyGuardrailText_fillsAllItsPlaceholders(Language language) throws IOException {
        for (String key : keys("texts.properties")) {
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

    private static Set<String> keys(String file) throws IOException {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                Texts.class.getResourceAsStream(file), file + " exists"), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties.stringPropertyNames();
        }
    }
}
