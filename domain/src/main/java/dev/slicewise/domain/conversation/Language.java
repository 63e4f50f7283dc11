package dev.slicewise.domain.conversation;

import java.util.Locale;

/** The languages Slicewise answers in; anything else is answered in English. */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    ZH_TW("zh-TW", Locale.TRADITIONAL_CHINESE),
    PT_BR("pt-BR", Locale.of("pt", "BR")),
    ES("es", Locale.of("es")),
    DE("de", Locale.GERMAN),
    FR("fr", Locale.FRENCH),
    IT("it", Locale.ITALIAN),
    RU("ru", Locale.of("ru"));

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Reads a {@code lang} value: case-insensitive, {@code _} accepted for {@code -}, {@code en-US} is English,
     * and anything unknown or absent is English.
     */
    public static Language fromTag(String value) {
        if (value == null) {
            return EN;
        }
        String normalised = value.trim().replace('_', '-');
        if (normalised.equalsIgnoreCase("en-US")) {
            return EN;
        }
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(normalised)) {
                return language;
            }
        }
        return EN;
    }
}
