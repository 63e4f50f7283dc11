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

class TextsTest {

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguage_hasItsOwnTextForEveryEnglishKey(Language language) throws IOException {
        Set<String> missing = new HashSet<>(keys("texts.properties"));
        missing.removeAll(keys("texts_" + language.locale() + ".properties"));

        assertEquals(Set.of(), missing, "keys without a " + language.tag() + " text");
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
