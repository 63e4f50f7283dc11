package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.slicing.SlicingRecommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes of one reply, made from the values a user asked for, with one explanation per changed setting. A value
 * outside what the assistant may recommend is not changed but explained, and a value already in effect is only
 * mentioned. A layer height switches to a process preset made for it when there is one, else it is an override.
 */
final class ChangePlan {

    /** How a number becomes a value: its limits, whether it must be whole, and where the override goes. */
    private record NumberRule(BigDecimal min, BigDecimal max, boolean whole, boolean percent, boolean filament) {

        boolean admits(BigDecimal value) {
            boolean inRange = value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
            return inRange && (!whole || value.stripTrailingZeros().scale() <= 0);
        }

        String configValue(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString() + (percent ? "%" : "");
        }
    }

    /** The configuration values of an on/off setting. */
    private record SwitchRule(String on, String off) {
    }

    private static final Map<Setting, NumberRule> NUMBERS = Map.of(
            Setting.INFILL, new NumberRule(BigDecimal.ZERO, BigDecimal.valueOf(100), false, true, false),
            Setting.WALLS, new NumberRule(BigDecimal.ONE, BigDecimal.valueOf(20), true, false, false),
            // the foundation milestone supports a 0.4 mm nozzle: 10% to 80% of its diameter
            Setting.LAYER_HEIGHT, new NumberRule(new BigDecimal("0.04"), new BigDecimal("0.32"), false, false, false),
            Setting.NOZZLE_TEMPERATURE, new NumberRule(BigDecimal.valueOf(150), BigDecimal.valueOf(320), true, false, true));

    private static final Map<Setting, SwitchRule> SWITCHES = Map.of(
            Setting.SUPPORTS, new SwitchRule("1", "0"),
            Setting.BRIM, new SwitchRule("outer_only", "no_brim"));

    private final SlicingProfiles profiles;
    private final ReplyTexts texts;
    private Optional<String> preset = Optional.empty();
    private final Map<String, List<String>> filamentOverrides = new LinkedHashMap<>();
    private final Map<String, String> processOverrides = new LinkedHashMap<>();
    private final List<OverrideExplanation> explanations = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Plans the layer height first: a preset switch resets the process values the others are compared with. */
    ChangePlan(List<Requested> requested, SlicingProfiles profiles, ReplyTexts texts) {
        this.profiles = profiles;
        this.texts = texts;
        requested.stream()
                .sorted(Comparator.comparing(request -> request.setting() != Setting.LAYER_HEIGHT))
                .forEach(this::add);
    }

    AssistantReply reply() {
        if (explanations.isEmpty()) {
            return AssistantReply.text(String.join("\n", notes), List.of());
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("determine.intro"));
        lines.addAll(notes);
        return new AssistantReply(String.join("\n", lines),
                List.of(AgentAction.of(ActionName.DETERMINE_SLICING_SETTINGS)),
                Optional.of(new SlicingRecommendation(preset, filamentOverrides, processOverrides)),
                explanations);
    }

    private void add(Requested requested) {
        switch (requested) {
            case Requested.Amount amount -> addNumber(amount.setting(), amount.value());
            case Requested.Switch toggle -> addSwitch(toggle.setting(), toggle.on());
        }
    }

    private void addNumber(Setting setting, BigDecimal value) {
        NumberRule rule = rule(NUMBERS, setting);
        String key = setting.keys().getFirst();
        String configValue = rule.configValue(value);
        String shown = texts.value(setting.unit(), configValue);
        if (!rule.admits(value)) {
            notes.add(texts.text("determine.rejected", texts.settingName(key), shown,
                    texts.value(setting.unit(), rule.configValue(rule.min())),
                    texts.value(setting.unit(), rule.configValue(rule.max()))));
        } else if (inEffect(key, configValue, rule.filament())) {
            notes.add(texts.text("determine.alreadySet", texts.settingName(key), shown));
        } else {
            Optional<Preset> madeForIt = setting == Setting.LAYER_HEIGHT ? presetFor(configValue) : Optional.empty();
            if (madeForIt.isPresent()) {
                switchTo(madeForIt.get(), shown);
            } else {
                override(key, configValue, rule.filament());
                explain(key, texts.text("determine.explain." + setting.name(), shown));
            }
        }
    }

    private void addSwitch(Setting setting, boolean on) {
        SwitchRule rule = rule(SWITCHES, setting);
        String key = setting.keys().getFirst();
        String configValue = on ? rule.on() : rule.off();
        if (inEffect(key, configValue, false)) {
            notes.add(texts.text("determine.alreadySet", texts.settingName(key), texts.value(setting.unit(), configValue)));
        } else {
            override(key, configValue, false);
            explain(key, texts.text("determine.explain." + setting.name() + (on ? "_ON" : "_OFF")));
        }
    }

    /** Filament overrides hold one value per extruder; this milestone prints with one. */
    private void override(String key, String configValue, boolean filamentKey) {
        if (filamentKey) {
            filamentOverrides.put(key, List.of(configValue));
        } else {
            processOverrides.put(key, configValue);
        }
    }

    /** A process preset other than the selected one whose layer height is the one asked for. */
    private Optional<Preset> presetFor(String layerHeight) {
        return profiles.processPresets().stream()
                .filter(candidate -> !candidate.selected())
                .filter(candidate -> candidate.value("layer_height")
                        .map(value -> sameValue(value.first(), layerHeight)).orElse(false))
                .findFirst();
    }

    private void switchTo(Preset target, String shownLayerHeight) {
        preset = Optional.of(target.name());
        explain("layer_height", texts.text("determine.explain.LAYER_HEIGHT_PRESET", shownLayerHeight, target.name()));
        if (!profiles.processOverrides().isEmpty()) {
            notes.add(texts.text("determine.presetResets"));
        }
    }

    /** Whether the slicer already uses the value; after a preset switch every process value is set anew. */
    private boolean inEffect(String key, String configValue, boolean filamentKey) {
        if (preset.isPresent() && !filamentKey) {
            return false;
        }
        return profiles.effective(key).map(effective -> sameValue(effective.value().first(), configValue)).orElse(false);
    }

    private void explain(String key, String reason) {
        explanations.add(new OverrideExplanation(texts.settingName(key), reason));
    }

    /** Numbers compare as numbers ("0.20" is "0.2", "15%" is "15"), anything else as text. */
    private static boolean sameValue(String current, String wanted) {
        try {
            return new BigDecimal(current.replace("%", "")).compareTo(new BigDecimal(wanted.replace("%", ""))) == 0;
        } catch (NumberFormatException notANumber) {
            return current.equalsIgnoreCase(wanted);
        }
    }

    private static <R> R rule(Map<Setting, R> rules, Setting setting) {
        R rule = rules.get(setting);
        if (rule == null) {
            throw new IllegalArgumentException(setting + " cannot be set this way");
        }
        return rule;
    }
}
