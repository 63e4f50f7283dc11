package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.NumericRange;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The user's setup as the defect knowledge reads it: effective values, the material, its range and its traits. */
record Setup(SlicingProfiles profiles, Optional<Material> material, MaterialTraits traits, SettingsCatalog catalog) {

    private static final String RETRACTION = "filament_retraction_length";
    private static final BigDecimal THREE = new BigDecimal("3");

    /** The effective value's text, as OrcaSlicer writes it. */
    Optional<String> text(String key) {
        return profiles.effective(key).map(value -> value.value().first().strip());
    }

    /** The effective value as a number ({@code "15%"} is 15); empty when unset or not a number. */
    Optional<BigDecimal> number(String key) {
        return text(key).flatMap(Setup::parse);
    }

    Optional<NumericRange> range(String key) {
        return material.flatMap(known -> catalog.materialRange(known, key));
    }

    /** A value the material typically has where the setup has none (only the retraction length is known). */
    Optional<BigDecimal> typical(String key) {
        return key.equals(RETRACTION) ? traits.typicalRetraction() : Optional.empty();
    }

    boolean inTopThird(String key) {
        return range(key).flatMap(range -> number(key).map(value ->
                value.compareTo(range.max().subtract(third(range))) >= 0)).orElse(false);
    }

    boolean inBottomThird(String key) {
        return range(key).flatMap(range -> number(key).map(value ->
                value.compareTo(range.min().add(third(range))) <= 0)).orElse(false);
    }

    boolean belowTypical(String key) {
        return typical(key).flatMap(typical -> number(key).map(value -> value.compareTo(typical) < 0)).orElse(false);
    }

    boolean above(String key, BigDecimal threshold) {
        return number(key).filter(value -> value.compareTo(threshold) > 0).isPresent();
    }

    boolean below(String key, BigDecimal threshold) {
        return number(key).filter(value -> value.compareTo(threshold) < 0).isPresent();
    }

    boolean aboveShareOfMaterialMax(String key, BigDecimal share) {
        return range(key).flatMap(range -> number(key).map(value ->
                value.compareTo(range.max().multiply(share)) > 0)).orElse(false);
    }

    boolean belowShareOfMaterialMax(String key, BigDecimal share) {
        return range(key).flatMap(range -> number(key).map(value ->
                value.compareTo(range.max().multiply(share)) < 0)).orElse(false);
    }

    /** The flow the slicer extrudes: the process's flow ratio times the filament's. */
    Optional<BigDecimal> flowRatio() {
        Optional<BigDecimal> process = number("print_flow_ratio");
        Optional<BigDecimal> filament = number("filament_flow_ratio");
        if (process.isEmpty() && filament.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(process.orElse(BigDecimal.ONE).multiply(filament.orElse(BigDecimal.ONE)));
    }

    static Optional<BigDecimal> parse(String text) {
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        try {
            return Optional.of(new BigDecimal(number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal third(NumericRange range) {
        return range.max().subtract(range.min()).divide(THREE, 2, RoundingMode.HALF_UP);
    }
}
