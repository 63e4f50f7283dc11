package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Texts;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.OverrideExplanation;

import java.util.Map;
import java.util.Optional;

/**
 * Writes one explanation per kept setting, in the user's language: the proposer's reason, or a generic one when it
 * gave none; the reason for an implied setting; and a sentence naming the limit when a number was clamped.
 */
final class Explanations {

    static final int MAX_LENGTH = 500;

    private final SettingsCatalog catalog;
    private final Map<String, String> proposed;
    private final Language language;

    Explanations(SettingsCatalog catalog, Map<String, String> proposed, Language language) {
        this.catalog = catalog;
        this.proposed = proposed;
        this.language = language;
    }

    OverrideExplanation of(KeptSetting setting) {
        String key = setting.definition().key();
        String reason = setting.impliedBy().isPresent()
                ? implied(setting) : proposed(key).orElseGet(() -> generic(setting));
        String text = setting.limit().map(limit -> reason + " " + clamped(setting, limit)).orElse(reason);
        return new OverrideExplanation(catalog.displayName(key, language), text);
    }

    private Optional<String> proposed(String key) {
        return Optional.ofNullable(proposed.get(key)).map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…");
    }

    private String implied(KeptSetting setting) {
        return setting.definition().key().equals(Implications.ENABLE_SUPPORT)
                ? Texts.get(language, "guardrail.explanation.support")
                : Texts.format(language, "guardrail.explanation.brim", setting.value().wire());
    }

    private String generic(KeptSetting setting) {
        return switch (setting.value()) {
            case SettingValue.Switch(boolean on) ->
                    Texts.get(language, on ? "guardrail.explanation.on" : "guardrail.explanation.off");
            case SettingValue value ->
                    Texts.format(language, "guardrail.explanation.generic", setting.definition().quantity(value));
        };
    }

    /** The sentence for a clamped number (only numbers have limits). */
    private String clamped(KeptSetting setting, Limit limit) {
        SettingDefinition definition = setting.definition();
        SettingValue.Amount amount = (SettingValue.Amount) setting.value();
        String applied = definition.quantity(amount);
        String min = definition.quantity(amount.withNumber(limit.range().min()));
        String max = definition.quantity(amount.withNumber(limit.range().max()));
        return switch (limit) {
            case Limit.Hard hard -> Texts.format(language, "guardrail.limit.hard", applied, min, max);
            case Limit.Nozzle nozzle -> Texts.format(language, "guardrail.limit.nozzle", applied,
                    nozzle.nozzleDiameter().stripTrailingZeros().toPlainString(), min, max);
            case Limit.MaterialRange material -> Texts.format(language, "guardrail.limit.material", applied,
                    material.material().displayName(), min, max);
        };
    }
}
