package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What anyone would ask of a setting ({@code plausible.tsv}): the plausible range (in multiples of the nozzle diameter
 * for layer heights) and the step a directional ask moves it by, in the setting's unit or as a share of its value.
 *
 * @param range     the plausible values, or multiples of the nozzle diameter when {@code perNozzle}
 * @param step      how far "more" or "less" moves the setting
 * @param shareStep whether the step is a percentage of the current value ("20%" for speeds)
 */
public record Plausible(NumericRange range, boolean perNozzle, BigDecimal step, boolean shareStep) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Plausible {
        Require.present(range, "range");
        Require.present(step, "step");
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("a step moves: " + step);
        }
    }

    /** The plausible values with this nozzle. */
    public NumericRange range(Nozzle nozzle) {
        return perNozzle ? new NumericRange(range.min().multiply(nozzle.diameter()),
                range.max().multiply(nozzle.diameter())) : range;
    }

    /**
     * The value one step from the current one, within the plausible range: whole for a setting that counts, to the
     * step's precision for an absolute step, to a whole unit for a share.
     */
    public BigDecimal moved(BigDecimal current, Direction direction, Nozzle nozzle, boolean whole) {
        BigDecimal delta = shareStep ? current.multiply(step).divide(HUNDRED, 6, RoundingMode.HALF_UP) : step;
        BigDecimal next = direction == Direction.UP ? current.add(delta) : current.subtract(delta);
        int scale = whole || shareStep ? 0 : Math.max(step.stripTrailingZeros().scale(), 0);
        return range(nozzle).clamp(next.setScale(scale, RoundingMode.HALF_UP)).stripTrailingZeros();
    }
}
