package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.catalog.Nozzle;
import dev.slicewise.domain.catalog.ParsedValue;
import dev.slicewise.domain.catalog.SettingValue;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.EffectiveValue;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Chooses the process preset to switch to, never the selected one, and only one that leaves the settings the user
 * keeps as they are. The layer height decides first:
 * <ul>
 *   <li>a layer height the user asked for: the preset with exactly that layer height, if any;</li>
 *   <li>finer detail: the finest preset the nozzle prints reliably (at least a quarter of its diameter);</li>
 *   <li>a smoother surface: the next finer preset, the finest when asked for more;</li>
 *   <li>faster: the next coarser preset (at most three quarters of the nozzle), the coarsest when asked for more.</li>
 * </ul>
 * Without a layer height to change, a stronger part switches to a preset named for strength at the same layer
 * height. Among presets of one layer height, the one that differs least from the selected preset wins.
 */
final class PresetChooser {

    private static final String LAYER_HEIGHT = "layer_height";
    private static final String STRENGTH = "strength";

    private final SettingsCatalog catalog;

    PresetChooser(SettingsCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<PresetSwitch> choose(Wishes wishes, SlicingProfiles profiles, Nozzle nozzle) {
        Optional<BigDecimal> current = layerHeight(profiles.effective(LAYER_HEIGHT).map(EffectiveValue::value));
        List<Candidate> candidates = profiles.processPresets().stream()
                .filter(preset -> !preset.selected())
                .filter(preset -> keepsWhatTheUserKeeps(preset, wishes.kept(), profiles))
                .flatMap(preset -> layerHeight(preset.value(LAYER_HEIGHT))
                        .map(height -> new Candidate(preset, height)).stream())
                .toList();
        Goals goals = wishes.goals();
        Optional<String> asked = Optional.ofNullable(wishes.values().get(LAYER_HEIGHT));
        if (asked.isPresent()) {
            return layerHeight(asked.map(ConfigValue.Scalar::new))
                    .flatMap(height -> closest(candidates.stream()
                            .filter(c -> c.height().compareTo(height) == 0).toList(), profiles))
                    .map(c -> c.switchFor(PresetReason.ASKED_LAYER_HEIGHT));
        }
        boolean layerFree = !wishes.kept().contains(LAYER_HEIGHT) && current.isPresent();
        if (layerFree && goals.has(SlicingGoal.FINER_DETAIL)) {
            return pick(finer(candidates, current.get(), nozzle), BinaryOperator.minBy(Comparator.naturalOrder()),
                    profiles).map(c -> c.switchFor(PresetReason.FINER_DETAIL));
        }
        if (layerFree && goals.has(SlicingGoal.SMOOTHER_SURFACE)) {
            BinaryOperator<BigDecimal> which = goals.intensity(SlicingGoal.SMOOTHER_SURFACE) > 1
                    ? BinaryOperator.minBy(Comparator.naturalOrder()) : BinaryOperator.maxBy(Comparator.naturalOrder());
            return pick(finer(candidates, current.get(), nozzle), which, profiles)
                    .map(c -> c.switchFor(PresetReason.SMOOTHER_SURFACE));
        }
        if (layerFree && goals.has(SlicingGoal.FASTER)) {
            BinaryOperator<BigDecimal> which = goals.intensity(SlicingGoal.FASTER) > 1
                    ? BinaryOperator.maxBy(Comparator.naturalOrder()) : BinaryOperator.minBy(Comparator.naturalOrder());
            List<Candidate> coarser = candidates.stream().filter(c -> c.height().compareTo(current.get()) > 0)
                    .filter(c -> nozzle.layerHeights().contains(c.height())).toList();
            return pick(coarser, which, profiles).map(c -> c.switchFor(PresetReason.FASTER));
        }
        if (goals.has(SlicingGoal.STRONGER) && current.isPresent()) {
            return closest(candidates.stream()
                    .filter(c -> c.preset().name().toLowerCase(Locale.ROOT).contains(STRENGTH))
                    .filter(c -> c.height().compareTo(current.get()) == 0).toList(), profiles)
                    .map(c -> c.switchFor(PresetReason.STRONGER));
        }
        return Optional.empty();
    }

    /** Presets finer than the layer height in use that the nozzle still prints reliably. */
    private static List<Candidate> finer(List<Candidate> candidates, BigDecimal current, Nozzle nozzle) {
        return candidates.stream().filter(c -> c.height().compareTo(current) < 0)
                .filter(c -> nozzle.layerHeights().contains(c.height())).toList();
    }

    /** The presets of the layer height the operator picks (the finest, the coarsest), then the closest of those. */
    private static Optional<Candidate> pick(List<Candidate> candidates, BinaryOperator<BigDecimal> which,
                                            SlicingProfiles profiles) {
        return candidates.stream().map(Candidate::height).reduce(which)
                .flatMap(height -> closest(candidates.stream()
                        .filter(c -> c.height().compareTo(height) == 0).toList(), profiles));
    }

    /** The candidate that differs from the selected preset in the fewest keys; by name when they tie. */
    private static Optional<Candidate> closest(List<Candidate> candidates, SlicingProfiles profiles) {
        Optional<Preset> selected = profiles.selectedProcess();
        return candidates.stream().min(Comparator
                .comparingInt((Candidate c) -> selected.map(s -> differences(s, c.preset())).orElse(0))
                .thenComparing(c -> c.preset().name()));
    }

    private static int differences(Preset one, Preset other) {
        Set<String> keys = new HashSet<>(one.config().keySet());
        keys.addAll(other.config().keySet());
        keys.remove("name");
        return (int) keys.stream()
                .filter(key -> !Objects.equals(one.config().get(key), other.config().get(key))).count();
    }

    /** A kept setting that the preset would change rules the preset out. */
    private boolean keepsWhatTheUserKeeps(Preset preset, Set<String> kept, SlicingProfiles profiles) {
        return kept.stream().allMatch(key -> value(key, preset.value(key))
                .equals(value(key, profiles.effective(key).map(EffectiveValue::value))));
    }

    private Optional<SettingValue> value(String key, Optional<ConfigValue> config) {
        return config.flatMap(v -> catalog.find(key).map(d -> d.parse(v.first())))
                .flatMap(parsed -> parsed instanceof ParsedValue.Valid(SettingValue value)
                        ? Optional.of(value) : Optional.empty());
    }

    private Optional<BigDecimal> layerHeight(Optional<ConfigValue> config) {
        return value(LAYER_HEIGHT, config).flatMap(v -> v instanceof SettingValue.Amount amount
                ? Optional.of(amount.number()) : Optional.empty());
    }

    private record Candidate(Preset preset, BigDecimal height) {
        PresetSwitch switchFor(PresetReason reason) {
            return new PresetSwitch(preset.name(), height, reason);
        }
    }
}
