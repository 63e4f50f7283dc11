package dev.slicewise.domain.cad;

/** What a part parameter measures, which decides its unit and how it is checked. */
public enum ParameterKind {
    /** A length in millimetres, shown in the part's unit. */
    LENGTH,
    /** A whole number (teeth, rows, grips). */
    COUNT,
    /** An angle in degrees. */
    ANGLE,
    /** A plain ratio (the gear's addendum in modules). */
    RATIO
}
