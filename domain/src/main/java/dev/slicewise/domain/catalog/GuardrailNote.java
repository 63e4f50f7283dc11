package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;

import java.util.Optional;

/** Something the guardrail changed in a proposed recommendation, for the caller to log or tell the user. */
public sealed interface GuardrailNote {

    /** A key that is not an OrcaSlicer setting Slicewise knows: dropped. */
    record UnknownKeyDropped(String key) implements GuardrailNote {
        public UnknownKeyDropped {
            Require.present(key, "key");
        }
    }

    /** A value that cannot be used, and why: the setting is dropped. */
    record ValueRefused(String key, String proposed, Refusal refusal) implements GuardrailNote {
        public ValueRefused {
            Require.present(key, "key");
            Require.present(proposed, "proposed");
            Require.present(refusal, "refusal");
        }
    }

    /**
     * A number no one would ask for, far outside the setting's plausible range ("80" wall loops, 5 mm layers on a
     * 0.4 mm nozzle): refused rather than clamped, since it is a misread number or a slip; the setting is dropped.
     *
     * @param plausible the plausible range for the nozzle of the print
     */
    record ValueImplausible(String key, String proposed, NumericRange plausible) implements GuardrailNote {
        public ValueImplausible {
            Require.present(key, "key");
            Require.present(proposed, "proposed");
            Require.present(plausible, "plausible");
        }
    }

    /** A number outside a limit, replaced by the nearest number inside it (both in OrcaSlicer's form). */
    record ValueClamped(String key, String proposed, String applied, Limit limit) implements GuardrailNote {
        public ValueClamped {
            Require.present(key, "key");
            Require.present(proposed, "proposed");
            Require.present(applied, "applied");
            Require.present(limit, "limit");
        }
    }

    /**
     * A setting added because another one of the recommendation only works with it (support settings need support
     * enabled; brim settings need a brim).
     *
     * @param replaced the value the recommendation itself had for the key, if any
     */
    record ImpliedSettingAdded(String key, String value, String impliedBy, Optional<String> replaced)
            implements GuardrailNote {
        public ImpliedSettingAdded {
            Require.present(key, "key");
            Require.present(value, "value");
            Require.present(impliedBy, "impliedBy");
            Require.present(replaced, "replaced");
        }
    }

    /** A proposed process preset that is not used. */
    record PresetDropped(String name, PresetProblem problem) implements GuardrailNote {
        public PresetDropped {
            Require.present(name, "name");
            Require.present(problem, "problem");
        }
    }

    enum PresetProblem {
        /** Not one of the user's process presets. */
        UNKNOWN,
        /** Already selected: switching to it would only discard the user's own edits to it. */
        ALREADY_SELECTED
    }
}
