package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The assistant's texts in one language, from the {@code replies} bundles (English is the base). Every entry is a
 * {@link MessageFormat} pattern, so a literal apostrophe is written {@code ''}; arguments are passed as strings, so no
 * number is ever reformatted for a locale. The JVM's default locale is never consulted.
 */
final class ReplyTexts {

    static final String BUNDLE = "dev.slicewise.adapter.llm.embedded.replies";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReplyTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static ReplyTexts in(Language language) {
        return new ReplyTexts(ResourceBundle.getBundle(BUNDLE, language.locale(), NO_DEFAULT_LOCALE), language.locale());
    }

    String text(String key, String... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The label of an option that asks for the intent; chosen, it comes back as the user's next message. */
    String option(Intent intent) {
        return text("option." + intent.name());
    }

    List<String> options(List<Intent> intents) {
        return intents.stream().map(this::option).toList();
    }

    /** The readable name of an OrcaSlicer key. */
    String settingName(String key) {
        return text("setting." + key);
    }

    /** A configuration value as a user reads it: with its unit, booleans as on/off. */
    String value(Setting.Unit unit, String raw) {
        if (unit == Setting.Unit.ON_OFF && (raw.equals("1") || raw.equals("0"))) {
            return text(raw.equals("1") ? "value.on" : "value.off");
        }
        return raw + unit.suffix();
    }

    String list(List<String> items) {
        return String.join(text("list.separator"), items);
    }
}
