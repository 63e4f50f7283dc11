package dev.slicewise.domain.catalog;

import java.util.Optional;

/**
 * A setting the guardrail keeps: its checked value, the limit it was brought into (if any), and the key that
 * implied it (when the guardrail added it).
 */
record KeptSetting(SettingDefinition definition, SettingValue value, Optional<Limit> limit,
                   Optional<String> impliedBy) {

    static KeptSetting implied(SettingDefinition definition, SettingValue value, String impliedBy) {
        return new KeptSetting(definition, value, Optional.empty(), Optional.of(impliedBy));
    }
}
