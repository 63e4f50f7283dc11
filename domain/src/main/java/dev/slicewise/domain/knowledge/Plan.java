package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.catalog.Direction;
import dev.slicewise.domain.catalog.Nozzle;
import dev.slicewise.domain.catalog.ParsedValue;
import dev.slicewise.domain.catalog.Plausible;
import dev.slicewise.domain.catalog.Scope;
import dev.slicewise.domain.catalog.SettingDefinition;
import dev.slicewise.domain.catalog.SettingValue;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.catalog.ValueType;
import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.EffectiveValue;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The advice being made for one request. Values are compared with the baseline: the user's setup as it will be
 * after the preset switch (if any) with the user's own process edits kept, except a layer height the switch is made
 * to change. A rule or a requested value that leaves a setting at its baseline changes nothing. When the advice
 * selects another filament preset, the rules leave the filament settings to it.
 */
final class Plan {

    private static final String LAYER_HEIGHT = "layer_height";

    private final SettingsCatalog catalog;
    private final SlicingProfiles profiles;
    private final Optional<PresetSwitch> presetSwitch;
    private final Set<String> kept;
    private final boolean filamentSwitched;
    private final SortedMap<String, Change> changes = new TreeMap<>();
    private final List<String> alreadySet = new ArrayList<>();

    Plan(SettingsCatalog catalog, SlicingProfiles profiles, Optional<PresetSwitch> presetSwitch, Set<String> kept,
         boolean filamentSwitched) {
        this.catalog = catalog;
        this.profiles = profiles;
        this.presetSwitch = presetSwitch;
        this.kept = kept;
        this.filamentSwitched = filamentSwitched;
    }

    /** The value a setting has now in the plan: changed, else its baseline; empty when unknown. */
    Optional<SettingValue> current(String key) {
        return Optional.ofNullable(changes.get(key)).flatMap(change -> parse(key, change.value()))
                .or(() -> baseline(key));
    }

    Optional<BigDecimal> number(String key) {
        return current(key).flatMap(value -> value instanceof SettingValue.Amount amount && !amount.percent()
                ? Optional.of(amount.number()) : Optional.empty());
    }

    boolean isOn(String key) {
        return current(key).equals(Optional.of(new SettingValue.Switch(true)));
    }

    /** Applies a rule, unless the user asked to keep the setting, or another filament preset decides it. */
    void apply(Rule rule) {
        SettingDefinition definition = catalog.find(rule.key())
                .orElseThrow(() -> new IllegalArgumentException("rules name catalog settings: " + rule.key()));
        if (kept.contains(rule.key()) || (filamentSwitched && definition.scope() == Scope.FILAMENT)) {
            return;
        }
        SettingValue value = rule.bound().applyTo(current(rule.key()), definition);
        set(rule.key(), value, rule.reason());
    }

    /** A value the user spelt out: taken as given (the guardrail checks it), or noted when already in effect. */
    void ask(String key, String raw) {
        Optional<SettingValue> value = parse(key, raw);
        if (value.isPresent() && value.equals(baseline(key))) {
            changes.remove(key);
            alreadySet.add(key);
        } else {
            changes.put(key, new Change(value.map(SettingValue::wire).orElse(raw), asked(value)));
        }
    }

    /**
     * A setting the user asked to move ("wider brim", "slower outer wall"): one step of its plausible table from its
     * value in the plan, within the plausible range. A setting with no step, or whose value is unknown or a
     * percentage of another setting, stays as it is.
     */
    void move(String key, Direction direction, Nozzle nozzle) {
        Optional<Plausible> plausible = catalog.plausible(key);
        Optional<SettingDefinition> definition = catalog.find(key);
        if (plausible.isEmpty() || definition.isEmpty()
                || !(current(key).orElse(null) instanceof SettingValue.Amount amount)
                || (amount.percent() && definition.get().type() != ValueType.PERCENT)) {
            return;
        }
        BigDecimal moved = plausible.get().moved(amount.number(), direction, nozzle,
                definition.get().type() == ValueType.INT);
        set(key, amount.withNumber(moved), direction == Direction.UP ? Reason.ASKED_MORE : Reason.ASKED_LESS);
    }

    /**
     * The user's process edits restated where the plan does not change them: the client drops every process edit
     * when it switches presets. Filament edits survive a switch, so they are never restated.
     */
    void restateManualChanges() {
        Optional<Preset> target = presetSwitch.flatMap(s -> profiles.processPreset(s.name()));
        if (target.isEmpty()) {
            return;
        }
        new TreeMap<>(profiles.processOverrides()).forEach((key, value) -> {
            boolean replaced = changes.containsKey(key) || droppedBySwitch(key);
            Optional<SettingValue> edit = parse(key, value.first());
            Optional<SettingValue> preset = target.get().value(key).flatMap(v -> parse(key, v.first()));
            if (!replaced && !value.first().equals(SlicingProfiles.NIL) && (edit.isEmpty() || !edit.equals(preset))) {
                changes.put(key, new Change(value.first(), Reason.KEPT_MANUAL));
            }
        });
    }

    private static Reason asked(Optional<SettingValue> value) {
        return value.map(v -> switch (v) {
            case SettingValue.Switch(boolean on) -> on ? Reason.ASKED_ON : Reason.ASKED_OFF;
            default -> Reason.ASKED;
        }).orElse(Reason.ASKED);
    }

    SortedMap<String, Change> changes() {
        return changes;
    }

    List<String> alreadySet() {
        return alreadySet;
    }

    private void set(String key, SettingValue value, Reason reason) {
        if (Optional.of(value).equals(baseline(key))) {
            changes.remove(key);
        } else {
            changes.put(key, new Change(value.wire(), reason));
        }
    }

    /** The setting's value once the preset switch (if any) happened, with the user's process edits kept. */
    private Optional<SettingValue> baseline(String key) {
        boolean processKey = catalog.find(key).filter(d -> d.scope() == Scope.FILAMENT).isEmpty();
        Optional<Preset> target = presetSwitch.flatMap(s -> profiles.processPreset(s.name()));
        if (processKey && target.isPresent()) {
            Optional<ConfigValue> edit = droppedBySwitch(key) ? Optional.empty()
                    : Optional.ofNullable(profiles.processOverrides().get(key));
            return edit.or(() -> target.get().value(key))
                    .filter(value -> !value.first().equals(SlicingProfiles.NIL))
                    .flatMap(value -> parse(key, value.first()));
        }
        return profiles.effective(key).map(EffectiveValue::value).flatMap(value -> parse(key, value.first()));
    }

    /** A layer height the user set by hand gives way to a preset chosen for its layer height. */
    private boolean droppedBySwitch(String key) {
        return key.equals(LAYER_HEIGHT) && presetSwitch.filter(s -> s.reason().forLayerHeight()).isPresent();
    }

    private Optional<SettingValue> parse(String key, String raw) {
        return catalog.find(key).map(definition -> definition.parse(raw))
                .flatMap(parsed -> parsed instanceof ParsedValue.Valid(SettingValue value)
                        ? Optional.of(value) : Optional.empty());
    }
}
