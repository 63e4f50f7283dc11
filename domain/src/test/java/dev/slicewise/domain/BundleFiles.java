package dev.slicewise.domain;

import dev.slicewise.domain.conversation.Language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each language's properties file of a bundle read on its own, so that a missing key is not hidden by the English
 * fallback of {@link java.util.ResourceBundle}.
 */
public final class BundleFiles {

    private BundleFiles() {
    }

    /** The file {@code <baseName>[_<locale>].properties} next to {@code anchor}. */
    public static Properties read(Class<?> anchor, String baseName, Language language) {
        String name = baseName + (language == Language.EN ? "" : "_" + language.locale()) + ".properties";
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                anchor.getResourceAsStream(name), name + " exists"), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A translation has every English key and no other. */
    public static void assertSameKeys(Properties english, Properties translated, Language language) {
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, language.tag() + " lacks keys");
        assertEquals(Set.of(), extra, language.tag() + " has keys English lacks");
    }
}
