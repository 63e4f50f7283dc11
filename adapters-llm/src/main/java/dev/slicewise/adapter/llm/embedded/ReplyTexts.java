package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.catalog.ParsedValue;
import dev.slicewise.domain.catalog.SettingValue;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.SlicingGoal;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The assistant's texts in one language, from the {@code replies} bundles (English is the base). Every entry is a
 * {@link MessageFormat} pattern, so a literal apostrophe is written {@code ''}; arguments are passed as strings, so no
 * number is ever reformatted for a locale. The JVM's default locale is never consulted. Settings are named, and their
 * values shown, as the settings catalog says.
 */
final class ReplyTexts {

    static final String BUNDLE = "dev.slicewise.adapter.llm.embedded.replies";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Language language;
    private final SettingsCatalog catalog = SettingsCatalog.standard();

    private ReplyTexts(ResourceBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    static ReplyTexts in(Language language) {
        return new ReplyTexts(ResourceBundle.getBundle(BUNDLE, language.locale(), NO_DEFAULT_LOCALE), language);
    }

    Language language() {
        return language;
    }

    String text(String key, String... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    /** The label of an option that asks for the intent; chosen, it comes back as the user's next message. */
    String option(Intent intent) {
        return text("option." + intent.name());
    }

    /** The label of an option that asks for settings towards a goal. */
    String goalOption(SlicingGoal goal) {
        return text("option.goal." + goal.name());
    }

    List<String> options(List<Intent> intents) {
        return intents.stream().map(this::option).toList();
    }

    /** The readable name of an OrcaSlicer key. */
    String settingName(String key) {
        return catalog.displayName(key, language);
    }

    /** A configuration value as a user reads it: with its unit, switches as on/off; as it is when unreadable. */
    String shown(String key, String raw) {
        return catalog.find(key).map(definition -> switch (definition.parse(raw)) {
            case ParsedValue.Valid(SettingValue.Switch(boolean on)) -> text(on ? "value.on" : "value.off");
            case ParsedValue.Valid(SettingValue value) -> definition.quantity(value);
            case ParsedValue.Invalid invalid -> raw;
        }).orElse(raw);
    }

    /** Two sentences one after the other: a space between them, none after a Chinese full stop. */
    static String sentences(String first, String second) {
        return first.endsWith("。") || first.endsWith("？") ? first + second : first + " " + second;
    }

    String list(List<String> items) {
        return String.join(text("list.separator"), items);
    }
}
