package dev.slicewise.domain.cad;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the emitted code and the refusal reasons write them: at most four decimals, no trailing zeros. */
final class Numbers {

    private Numbers() {
    }

    static String text(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (decimal.signum() == 0) {
            return "0";
        }
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
