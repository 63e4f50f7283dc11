package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.Texts;
import dev.slicewise.domain.conversation.Language;

import java.util.Optional;

/**
 * Tells the user in one sentence what the guardrail changed in a recommendation, where that is news to them: a
 * number brought into a limit, a value refused (also a number no one would ask for), a setting or preset left out.
 * Settings it added are explained with the settings themselves, and dropping the preset that is already selected
 * changes nothing, so those get none.
 */
public final class GuardrailNotes {

    private final SettingsCatalog catalog;

    public GuardrailNotes(SettingsCatalog catalog) {
        this.catalog = Require.present(catalog, "catalog");
    }

    public Optional<String> sentence(GuardrailNote note, Language language) {
        return switch (note) {
            case GuardrailNote.ValueClamped clamped -> Optional.of(clamped(clamped, language));
            case GuardrailNote.ValueRefused refused -> Optional.of(Texts.format(language, "guardrail.note.refused",
                    catalog.displayName(refused.key(), language), refused.proposed()));
            case GuardrailNote.ValueImplausible implausible -> Optional.of(implausible(implausible, language));
            case GuardrailNote.UnknownKeyDropped unknown ->
                    Optional.of(Texts.format(language, "guardrail.note.unknownKey", unknown.key()));
            case GuardrailNote.PresetDropped dropped -> dropped.problem() == GuardrailNote.PresetProblem.UNKNOWN
                    ? Optional.of(Texts.format(language, "guardrail.note.unknownPreset", dropped.name()))
                    : Optional.empty();
            case GuardrailNote.ImpliedSettingAdded implied -> Optional.empty();
        };
    }

    private String clamped(GuardrailNote.ValueClamped note, Language language) {
        SettingDefinition definition = catalog.find(note.key()).orElseThrow(
                () -> new IllegalArgumentException("only catalog settings are clamped: " + note.key()));
        SettingValue.Amount applied = amount(definition, note.applied());
        String name = catalog.displayName(note.key(), language);
        String proposed = definition.quantity(amount(definition, note.proposed()));
        String shown = definition.quantity(applied);
        String min = definition.quantity(applied.withNumber(note.limit().range().min()));
        String max = definition.quantity(applied.withNumber(note.limit().range().max()));
        return switch (note.limit()) {
            case Limit.Hard hard -> Texts.format(language, "guardrail.note.hard", name, shown, proposed, min, max);
            case Limit.Nozzle nozzle -> Texts.format(language, "guardrail.note.nozzle", name, shown, proposed,
                    nozzle.nozzleDiameter().stripTrailingZeros().toPlainString(), min, max);
            case Limit.MaterialRange material -> Texts.format(language,
                    applied.number().compareTo(material.range().max()) == 0
                            ? "guardrail.note.material.max" : "guardrail.note.material.min",
                    name, shown, proposed, material.material().displayName(), min, max);
        };
    }

    private String implausible(GuardrailNote.ValueImplausible note, Language language) {
        SettingDefinition definition = catalog.find(note.key()).orElseThrow(
                () -> new IllegalArgumentException("only catalog settings are judged plausible: " + note.key()));
        SettingValue.Amount proposed = amount(definition, note.proposed());
        return Texts.format(language, "guardrail.note.implausible", catalog.displayName(note.key(), language),
                definition.quantity(proposed), definition.quantity(proposed.withNumber(note.plausible().min())),
                definition.quantity(proposed.withNumber(note.plausible().max())));
    }

    /** A number of a clamp note, which the guardrail wrote from a number it had read. */
    private static SettingValue.Amount amount(SettingDefinition definition, String wire) {
        if (definition.parse(wire) instanceof ParsedValue.Valid(SettingValue.Amount amount)) {
            return amount;
        }
        throw new IllegalArgumentException(definition.key() + ": a clamp or plausibility note holds numbers, not "
                + wire);
    }
}
