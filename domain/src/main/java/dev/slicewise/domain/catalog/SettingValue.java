package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;

import java.math.BigDecimal;

/** A value of a setting, read and checked; {@link #wire()} gives OrcaSlicer's string form. */
public sealed interface SettingValue {

    String wire();

    /** A number, in percent or not: {@code "0.2"}, {@code "15%"}. */
    record Amount(BigDecimal number, boolean percent) implements SettingValue {
        public Amount {
            Require.present(number, "number");
            number = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        }

        public Amount withNumber(BigDecimal other) {
            return new Amount(other, percent);
        }

        @Override
        public String wire() {
            return number.toPlainString() + (percent ? "%" : "");
        }
    }

    /** A switch: OrcaSlicer writes {@code "1"} and {@code "0"}. */
    record Switch(boolean on) implements SettingValue {
        @Override
        public String wire() {
            return on ? "1" : "0";
        }
    }

    /** One of an enum setting's values, spelt as OrcaSlicer spells it. */
    record Choice(String value) implements SettingValue {
        public Choice {
            Require.text(value, "value", SettingDefinition.MAX_VALUE_LENGTH);
        }

        @Override
        public String wire() {
            return value;
        }
    }

    /** Free text, as it is (it may be empty). */
    record Text(String value) implements SettingValue {
        public Text {
            Require.present(value, "value");
        }

        @Override
        public String wire() {
            return value;
        }
    }

    /** {@code "nil"}: a filament preset leaves the printer's value in place. */
    record Unset() implements SettingValue {
        @Override
        public String wire() {
            return "nil";
        }
    }
}
