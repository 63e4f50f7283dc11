package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.catalog.Scope;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.knowledge.Knowledge;
import dev.slicewise.domain.slicing.EffectiveValue;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells the user the values the slicer will use for the settings they ask about (an override first, then the selected
 * preset), where each comes from and, for the common settings, what it means. A value the profiles do not hold is the
 * printer's (a printer setting, or a filament's {@code "nil"}) or the slicer's built-in default. When no setting is
 * named, it lists the settings users most ask about.
 */
final class RetrieveReplies {

    private final SettingFinder finder;
    private final SettingsCatalog catalog;

    RetrieveReplies(Vocabulary vocabulary, SettingsCatalog catalog) {
        this.finder = new SettingFinder(vocabulary, catalog);
        this.catalog = catalog;
    }

    AssistantReply reply(NormalisedText question, SlicingProfiles profiles, ReplyTexts texts) {
        List<String> keys = finder.keysIn(question);
        String content = keys.isEmpty()
                ? texts.text("retrieve.unknown", texts.list(commonSettings(texts)))
                : keys.stream().map(key -> line(key, profiles, texts)).collect(Collectors.joining("\n"));
        return AssistantReply.text(content, List.of(AgentAction.of(ActionName.RETRIEVE_SLICING_SETTINGS)));
    }

    private String line(String key, SlicingProfiles profiles, ReplyTexts texts) {
        String name = texts.settingName(key);
        String value = profiles.effective(key)
                .map(effective -> texts.text("retrieve.value", name, texts.shown(key, effective.value().first()),
                        source(effective, texts)))
                .orElseGet(() -> texts.text(printersValue(key) ? "retrieve.printer" : "retrieve.unset", name));
        return Knowledge.meaning(key, texts.language())
                .map(meaning -> texts.text("retrieve.meaning", value, meaning)).orElse(value);
    }

    /** A printer setting, or a filament's override of one: without a value of its own, the printer's applies. */
    private boolean printersValue(String key) {
        return catalog.find(key).filter(d -> d.scope() == Scope.PRINTER
                || (d.scope() == Scope.FILAMENT && d.nullable())).isPresent();
    }

    private static String source(EffectiveValue effective, ReplyTexts texts) {
        return switch (effective.source()) {
            case FILAMENT_OVERRIDE -> texts.text("source.filamentOverride");
            case PROCESS_OVERRIDE -> texts.text("source.processOverride");
            case FILAMENT_PRESET -> texts.text("source.filamentPreset", effective.presetName());
            case PROCESS_PRESET -> texts.text("source.processPreset", effective.presetName());
        };
    }

    /** The settings of the phrase tables that the profiles hold (the printer's are not sent). */
    private List<String> commonSettings(ReplyTexts texts) {
        return Arrays.stream(Setting.values()).flatMap(setting -> setting.keys().stream()).distinct()
                .filter(key -> catalog.find(key).filter(d -> d.scope() != Scope.PRINTER).isPresent())
                .map(texts::settingName).toList();
    }
}
