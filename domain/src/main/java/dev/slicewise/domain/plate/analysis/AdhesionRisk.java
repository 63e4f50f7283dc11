package dev.slicewise.domain.plate.analysis;

/** How likely the print is to come loose from the bed, warp or tip over. */
public enum AdhesionRisk {
    LOW, MEDIUM, HIGH
}
