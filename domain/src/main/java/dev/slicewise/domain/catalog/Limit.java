package dev.slicewise.domain.catalog;

import dev.slicewise.domain.Require;

import java.math.BigDecimal;

/** A limit a proposed number was brought into. */
public sealed interface Limit {

    NumericRange range();

    /** What OrcaSlicer accepts, or what Slicewise accepts where OrcaSlicer sets no limit. */
    record Hard(NumericRange range) implements Limit {
        public Hard {
            Require.present(range, "range");
        }
    }

    /** Layer heights from a quarter to three quarters of the nozzle diameter. */
    record Nozzle(BigDecimal nozzleDiameter, NumericRange range) implements Limit {
        public Nozzle {
            Require.present(nozzleDiameter, "nozzleDiameter");
            Require.present(range, "range");
        }
    }

    /** What the selected filament's material prints well at. */
    record MaterialRange(Material material, NumericRange range) implements Limit {
        public MaterialRange {
            Require.present(material, "material");
            Require.present(range, "range");
        }
    }
}
