package dev.slicewise.domain.catalog;

import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.api.Test;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SettingNamesTest {

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguage_namesEverySettingEnglishNames(Language language) throws IOException {
        Set<String> missing = new HashSet<>(names("names.properties").stringPropertyNames());
        missing.removeAll(names("names_" + language.locale() + ".properties").stringPropertyNames());

        assertEquals(Set.of(), missing, "settings without a " + language.tag() + " name");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void translatedNames_areNotEnglish(Language language) throws IOException {
        Properties english = names("names.properties");
        Properties translated = names("names_" + language.locale() + ".properties");
        assertNotEquals(english.getProperty("nozzle_temperature"), translated.getProperty("nozzle_temperature"));
        assertNotEquals(english.getProperty("layer_height"), translated.getProperty("layer_height"));
    }

    @Test
    void theSixtyMostUsedSettings_areNamed_andAreCatalogSettings() throws IOException {
        Set<String> keys = names("names.properties").stringPropertyNames();
        assertEquals(60, keys.size());
        Set<String> unknown = new HashSet<>(keys);
        unknown.removeIf(key -> SettingsCatalog.standard().find(key).isPresent());
        assertEquals(Set.of(), unknown);
    }

    private static Properties names(String file) throws IOException {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                SettingsCatalog.class.getResourceAsStream(file), file + " exists"), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
