package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.EffectiveValue;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

/** The nozzle a print uses, by its diameter in millimetres, and the layer heights it prints reliably. */
public record Nozzle(BigDecimal diameter) {

    /** The nozzles of FFF printers; a value outside is a broken config or a misread number. */
    public static final NumericRange PLAUSIBLE = new NumericRange(new BigDecimal("0.1"), new BigDecimal("2.0"));
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");
    /** What a profile that names no nozzle prints with: the usual 0.4 mm. */
    public static final Nozzle DEFAULT = new Nozzle(new BigDecimal("0.4"));

    public Nozzle {
        Require.present(diameter, "diameter");
        if (!PLAUSIBLE.contains(diameter)) {
            throw new IllegalArgumentException("diameter must be within " + PLAUSIBLE + ": " + diameter);
        }
        diameter = diameter.stripTrailingZeros();
    }

    /** A diameter a user stated, if it is one a printer can have. */
    public static Optional<Nozzle> stated(BigDecimal diameter) {
        return PLAUSIBLE.contains(diameter) ? Optional.of(new Nozzle(diameter)) : Optional.empty();
    }

    /** {@code nozzle_diameter} from the overrides or the selected presets, else from any preset, else 0.4 mm. */
    public static Nozzle of(SlicingProfiles profiles, SettingsCatalog catalog) {
        Optional<SettingDefinition> definition = catalog.find("nozzle_diameter");
        Stream<ConfigValue> candidates = Stream.concat(
                profiles.effective("nozzle_diameter").map(EffectiveValue::value).stream(),
                Stream.concat(profiles.filamentPresets().stream(), profiles.processPresets().stream())
                        .flatMap(preset -> preset.value("nozzle_diameter").stream()));
        return candidates
                .map(value -> value.first().split(",")[0])
                .flatMap(raw -> definition.map(d -> d.parse(raw)).stream())
                .flatMap(parsed -> parsed instanceof ParsedValue.Valid(SettingValue.Amount amount)
                        ? stated(amount.number()).stream() : Stream.empty())
                .findFirst()
                .orElse(DEFAULT);
    }

    /** Layer heights that print reliably with this nozzle: a quarter to three quarters of its diameter. */
    public NumericRange layerHeights() {
        return new NumericRange(diameter.multiply(QUARTER), diameter.multiply(THREE_QUARTERS));
    }
}
