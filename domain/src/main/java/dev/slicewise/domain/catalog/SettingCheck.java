package dev.slicewise.domain.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks one proposed setting: known, changeable, one value, readable, plausible, and within the hard limits, the
 * nozzle's layer heights and the material's range. Adds a note for whatever it drops, refuses or clamps.
 */
final class SettingCheck {

    private static final Set<String> LAYER_HEIGHTS = Set.of("layer_height", "initial_layer_print_height");
    /** What a model writes for no value: never a recommendation. */
    private static final Set<String> NOTHING = Set.of("", "nil", "null");
    private static final int SHOWN_LENGTH = 60;

    private final SettingsCatalog catalog;
    private final PrintContext context;
    private final List<GuardrailNote> notes;

    SettingCheck(SettingsCatalog catalog, PrintContext context, List<GuardrailNote> notes) {
        this.catalog = catalog;
        this.context = context;
        this.notes = notes;
    }

    Optional<KeptSetting> check(String key, ProposedValue proposed) {
        Optional<SettingDefinition> found = catalog.find(key);
        if (found.isEmpty()) {
            notes.add(new GuardrailNote.UnknownKeyDropped(shown(key)));
            return Optional.empty();
        }
        SettingDefinition definition = found.get();
        return switch (read(definition, proposed)) {
            case ParsedValue.Invalid(Refusal refusal) -> refuse(key, single(proposed), refusal);
            case ParsedValue.Valid(SettingValue.Amount amount) -> implausible(definition, amount)
                    ? Optional.empty() : Optional.of(bounded(definition, amount));
            case ParsedValue.Valid(SettingValue value) ->
                    Optional.of(new KeptSetting(definition, value, Optional.empty(), Optional.empty()));
        };
    }

    /** A changeable setting's one value, not blank, nil or null, not overlong, read by the catalog. */
    private static ParsedValue read(SettingDefinition definition, ProposedValue proposed) {
        if (!definition.overridable()) {
            return new ParsedValue.Invalid(Refusal.READ_ONLY);
        }
        if (proposed instanceof ProposedValue.Several(List<String> raws) && raws.stream().distinct().count() > 1) {
            return new ParsedValue.Invalid(Refusal.NOT_ONE_VALUE);
        }
        String raw = single(proposed).strip();
        if (raw.length() > SettingDefinition.MAX_VALUE_LENGTH) {
            return new ParsedValue.Invalid(Refusal.TOO_LONG);
        }
        if (NOTHING.contains(raw.toLowerCase(Locale.ROOT))) {
            return new ParsedValue.Invalid(Refusal.EMPTY);
        }
        return definition.parse(raw);
    }

    /** A scalar as it is; an array by its first value (several different values are refused). */
    private static String single(ProposedValue proposed) {
        return switch (proposed) {
            case ProposedValue.Single(String raw) -> raw;
            case ProposedValue.Several(List<String> raws) -> raws.isEmpty() ? "" : raws.getFirst();
        };
    }

    private Optional<KeptSetting> refuse(String key, String raw, Refusal refusal) {
        notes.add(new GuardrailNote.ValueRefused(key, shown(raw), refusal));
        return Optional.empty();
    }

    /**
     * Whether a number is one no one would ask for, noted if so. A percentage of a setting that is a length or a
     * speed otherwise ({@code "150%"} of the line width) is not judged.
     */
    private boolean implausible(SettingDefinition definition, SettingValue.Amount amount) {
        if (amount.percent() && definition.type() != ValueType.PERCENT) {
            return false;
        }
        Optional<NumericRange> plausible = catalog.plausible(definition.key())
                .map(p -> p.range(context.nozzle()));
        if (plausible.isEmpty() || plausible.get().contains(amount.number())) {
            return false;
        }
        notes.add(new GuardrailNote.ValueImplausible(definition.key(), amount.wire(), plausible.get()));
        return true;
    }

    /** The number brought into the hard limits, then the nozzle's layer heights, then the material's range. */
    private KeptSetting bounded(SettingDefinition definition, SettingValue.Amount proposed) {
        BigDecimal number = proposed.number();
        Optional<Limit> binding = Optional.empty();
        for (Limit limit : limits(definition, proposed.percent())) {
            if (!limit.range().contains(number)) {
                number = limit.range().clamp(number);
                binding = Optional.of(limit);
            }
        }
        SettingValue.Amount applied = proposed.withNumber(number);
        binding.ifPresent(limit -> notes.add(
                new GuardrailNote.ValueClamped(definition.key(), proposed.wire(), applied.wire(), limit)));
        return new KeptSetting(definition, applied, binding, Optional.empty());
    }

    private List<Limit> limits(SettingDefinition definition, boolean percent) {
        Limit hard = new Limit.Hard(definition.limits().orElseThrow());
        Optional<Limit> nozzle = LAYER_HEIGHTS.contains(definition.key()) && !percent
                ? Optional.of(new Limit.Nozzle(context.nozzle().diameter(), context.nozzle().layerHeights()))
                : Optional.empty();
        Optional<Limit> material = context.material().flatMap(m -> catalog.materialRange(m, definition.key())
                .map(range -> new Limit.MaterialRange(m, range)));
        return Stream.of(Optional.of(hard), nozzle, material).flatMap(Optional::stream).toList();
    }

    /** Long texts are cut for notes: a note never carries a whole pasted document. */
    static String shown(String text) {
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…";
    }
}
