package dev.slicewise.domain.catalog;

import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.EffectiveValue;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the guardrail needs to know about the user's setup: the nozzle diameter, the selected filament's material,
 * and the value a setting has now (or will have after the recommended preset switch).
 */
record PrintContext(SlicingProfiles profiles, Optional<String> presetSwitch, BigDecimal nozzleDiameter,
                    Optional<Material> material) {

    static final BigDecimal DEFAULT_NOZZLE = new BigDecimal("0.4");
    /** The nozzles of FFF printers; a value outside is a broken config, and the default is used instead. */
    static final NumericRange PLAUSIBLE_NOZZLES = new NumericRange(new BigDecimal("0.1"), new BigDecimal("2.0"));
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

    static PrintContext of(SlicingProfiles profiles, Optional<String> presetSwitch, SettingsCatalog catalog) {
        return new PrintContext(profiles, presetSwitch, nozzle(profiles, catalog), material(profiles));
    }

    /** Layer heights that print reliably with this nozzle: a quarter to three quarters of its diameter. */
    NumericRange layerHeights() {
        return new NumericRange(nozzleDiameter.multiply(QUARTER), nozzleDiameter.multiply(THREE_QUARTERS));
    }

    /** A process setting's value once the recommendation's preset switch (if any) has happened. */
    Optional<String> currentValue(String key) {
        return presetSwitch.isPresent()
                ? profiles.processPreset(presetSwitch.get()).flatMap(p -> p.value(key)).map(ConfigValue::first)
                : profiles.effective(key).map(effective -> effective.value().first());
    }

    /** {@code nozzle_diameter} from the overrides or the selected presets, else from any preset, else 0.4 mm. */
    private static BigDecimal nozzle(SlicingProfiles profiles, SettingsCatalog catalog) {
        Optional<SettingDefinition> definition = catalog.find("nozzle_diameter");
        Stream<ConfigValue> candidates = Stream.concat(
                profiles.effective("nozzle_diameter").map(EffectiveValue::value).stream(),
                Stream.concat(profiles.filamentPresets().stream(), profiles.processPresets().stream())
                        .flatMap(preset -> preset.value("nozzle_diameter").stream()));
        return candidates
                .map(value -> value.first().split(",")[0])
                .flatMap(raw -> definition.map(d -> d.parse(raw)).stream())
                .flatMap(parsed -> parsed instanceof ParsedValue.Valid(SettingValue.Amount amount)
                        ? Stream.of(amount.number()) : Stream.empty())
                .filter(PLAUSIBLE_NOZZLES::contains)
                .findFirst()
                .orElse(DEFAULT_NOZZLE);
    }

    private static Optional<Material> material(SlicingProfiles profiles) {
        List<Preset> selected = profiles.selectedFilaments();
        if (selected.size() != 1) {
            return Optional.empty();
        }
        return profiles.effective("filament_type")
                .flatMap(type -> Material.recognise(type.value().first(), selected.getFirst().name()));
    }
}
