package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.catalog.ParsedValue;
import dev.slicewise.domain.catalog.SettingDefinition;
import dev.slicewise.domain.catalog.SettingValue;
import dev.slicewise.domain.catalog.ValueType;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** What a rule asks of a setting's value: at least or at most a number, or one of some values. */
sealed interface Bound {

    /** The value the setting gets, given the one it has (empty when unknown: then the bound's own value). */
    SettingValue applyTo(Optional<SettingValue> current, SettingDefinition definition);

    record AtLeast(BigDecimal number) implements Bound {
        @Override
        public SettingValue applyTo(Optional<SettingValue> current, SettingDefinition definition) {
            return current.filter(value -> value instanceof SettingValue.Amount amount
                            && amount.number().compareTo(number) >= 0)
                    .orElseGet(() -> amount(number, definition));
        }
    }

    record AtMost(BigDecimal number) implements Bound {
        @Override
        public SettingValue applyTo(Optional<SettingValue> current, SettingDefinition definition) {
            return current.filter(value -> value instanceof SettingValue.Amount amount
                            && amount.number().compareTo(number) <= 0)
                    .orElseGet(() -> amount(number, definition));
        }
    }

    /** One of the accepted values (as OrcaSlicer writes them), else the preferred one. */
    record OneOf(Set<String> accepted, String preferred) implements Bound {
        public OneOf {
            accepted = Set.copyOf(accepted);
            if (!accepted.contains(preferred)) {
                throw new IllegalArgumentException(preferred + " must be one of the accepted " + accepted);
            }
        }

        @Override
        public SettingValue applyTo(Optional<SettingValue> current, SettingDefinition definition) {
            if (current.filter(value -> accepted.contains(value.wire())).isPresent()) {
                return current.get();
            }
            if (definition.parse(preferred) instanceof ParsedValue.Valid(SettingValue value)) {
                return value;
            }
            throw new IllegalStateException(definition.key() + " cannot be " + preferred);
        }
    }

    private static SettingValue amount(BigDecimal number, SettingDefinition definition) {
        return new SettingValue.Amount(number, definition.type() == ValueType.PERCENT);
    }
}
