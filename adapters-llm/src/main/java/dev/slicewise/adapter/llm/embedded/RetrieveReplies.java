package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.slicing.EffectiveValue;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells the user the values the slicer will use for the settings they ask about (an override first, then the selected
 * preset) and where each comes from; when no known setting is named, lists the settings it can read.
 */
final class RetrieveReplies {

    private static final String NO_VALUE = "nil";

    private final Vocabulary vocabulary;

    RetrieveReplies(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    AssistantReply reply(NormalisedText question, SlicingProfiles profiles, ReplyTexts texts) {
        List<Setting> asked = vocabulary.settingsIn(question).stream().map(SettingMention::setting).distinct().toList();
        String content = asked.isEmpty()
                ? texts.text("retrieve.unknown", texts.list(readableSettings(texts)))
                : asked.stream()
                        .flatMap(setting -> setting.keys().stream().map(key -> line(setting, key, profiles, texts)))
                        .collect(Collectors.joining("\n"));
        return AssistantReply.text(content, List.of(AgentAction.of(ActionName.RETRIEVE_SLICING_SETTINGS)));
    }

    private static String line(Setting setting, String key, SlicingProfiles profiles, ReplyTexts texts) {
        return profiles.effective(key)
                .filter(effective -> isValue(effective.value().first()))
                .map(effective -> texts.text("retrieve.value", texts.settingName(key),
                        texts.value(setting.unit(), effective.value().first()), source(effective, texts)))
                .orElseGet(() -> texts.text("retrieve.unset", texts.settingName(key)));
    }

    /** Blank, or OrcaSlicer's "nil" (no filament value, the printer's applies), is no value of its own. */
    private static boolean isValue(String raw) {
        return !raw.isBlank() && !raw.equals(NO_VALUE);
    }

    private static String source(EffectiveValue effective, ReplyTexts texts) {
        return switch (effective.source()) {
            case FILAMENT_OVERRIDE -> texts.text("source.filamentOverride");
            case PROCESS_OVERRIDE -> texts.text("source.processOverride");
            case FILAMENT_PRESET -> texts.text("source.filamentPreset", effective.presetName());
            case PROCESS_PRESET -> texts.text("source.processPreset", effective.presetName());
        };
    }

    private static List<String> readableSettings(ReplyTexts texts) {
        return Arrays.stream(Setting.values()).flatMap(setting -> setting.keys().stream()).map(texts::settingName).toList();
    }
}
