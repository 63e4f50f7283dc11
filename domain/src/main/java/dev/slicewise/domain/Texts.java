package dev.slicewise.domain;

import dev.slicewise.domain.conversation.Language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts of the domain, from resource bundles (one per supported language, English as the base). The
 * static methods read the {@code texts} bundle; {@link #bundle(String)} gives another of the domain's bundles. A
 * missing key in a language falls back to English, never to the JVM's default locale.
 */
public final class Texts {

    private static final Texts DOMAIN = new Texts("dev.slicewise.domain.texts");
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    private Texts(String baseName) {
        this.baseName = baseName;
    }

    /** The domain bundle of that base name, e.g. {@code dev.slicewise.domain.knowledge.knowledge}. */
    public static Texts bundle(String baseName) {
        return new Texts(Require.present(baseName, "baseName"));
    }

    public static String get(Language language, String key) {
        return DOMAIN.raw(language, key);
    }

    /** A text with its {@code {0}} placeholders filled in ({@link MessageFormat}: write ’ for an apostrophe). */
    public static String format(Language language, String key, String... arguments) {
        return DOMAIN.text(language, key, arguments);
    }

    /** A text of this bundle with its {@code {0}} placeholders filled in, as {@link #format} does. */
    public String text(Language language, String key, String... arguments) {
        return new MessageFormat(raw(language, key), language.locale()).format(arguments);
    }

    /** Whether this bundle has a text for the key (in English at least). */
    public boolean has(Language language, String key) {
        return resources(language.locale()).containsKey(key);
    }

    private String raw(Language language, String key) {
        return resources(language.locale()).getString(key);
    }

    private ResourceBundle resources(Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, NO_DEFAULT_LOCALE);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the " + baseName + " bundle is part of the domain jar", e);
        }
    }
}
