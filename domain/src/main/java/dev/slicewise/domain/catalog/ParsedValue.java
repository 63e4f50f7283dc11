package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;

/** The outcome of reading a raw value for a setting. */
public sealed interface ParsedValue {

    record Valid(SettingValue value) implements ParsedValue {
        public Valid {
            Require.present(value, "value");
        }
    }

    record Invalid(Refusal refusal) implements ParsedValue {
        public Invalid {
            Require.present(refusal, "refusal");
        }
    }
}
