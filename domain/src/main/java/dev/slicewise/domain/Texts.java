package dev.slicewise.domain;

import dev.slicewise.domain.conversation.Language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts of the domain, from the {@code texts} resource bundles (one per supported language, English as
 * the base). A missing key in a language falls back to English, never to the JVM's default locale.
 */
public final class Texts {

    private static final String BUNDLE = "dev.slicewise.domain.texts";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static String get(Language language, String key) {
        return bundle(language.locale()).getString(key);
    }

    /** A text with its {@code {0}} placeholders filled in ({@link MessageFormat}: write ’ for an apostrophe). */
    public static String format(Language language, String key, String... arguments) {
        return new MessageFormat(get(language, key), language.locale()).format(arguments);
    }

    static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the texts bundle is part of the domain jar", e);
        }
    }
}
