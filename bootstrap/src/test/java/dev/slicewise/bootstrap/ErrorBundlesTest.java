package dev.slicewise.bootstrap;

import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The HTTP adapter's error texts exist in every language, each file read on its own, so that a missing key is not
 * hidden by the English fallback of {@link java.util.ResourceBundle}; and each text is a valid message pattern.
 */
class ErrorBundlesTest {

    private static Properties bundle(Language language) {
        String name = "/dev/slicewise/adapter/http/errors" + (language == Language.EN ? "" : "_" + language.locale())
                + ".properties";
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                ErrorBundlesTest.class.getResourceAsStream(name), name + " exists"), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguage_hasEveryErrorText_asAMessagePattern(Language language) {
        Properties english = bundle(Language.EN);
        Properties translated = bundle(language);

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, language.tag() + " lacks texts");
        assertEquals(Set.of(), extra, language.tag() + " has texts English lacks");
        translated.stringPropertyNames().forEach(key -> new MessageFormat(translated.getProperty(key), language.locale()));
    }

    /** German error texts say Sie, as every other German text of the service does (issue 12). */
    @Test
    void germanErrorTexts_saySie() {
        Pattern familiar = Pattern.compile("\\b(du|dich|dir|dein\\w*)\\b|\\b(Stelle sicher|versuche es|sende)\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
        Properties german = bundle(Language.DE);

        Set<String> familiarTexts = new TreeSet<>();
        german.stringPropertyNames().stream().filter(key -> familiar.matcher(german.getProperty(key)).find())
                .forEach(familiarTexts::add);
        assertEquals(Set.of(), familiarTexts);
    }
}
