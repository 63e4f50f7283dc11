package dev.slicewise.domain.catalog;

/** Why a proposed value cannot be used. */
public enum Refusal {
    /** Blank, {@code "nil"} or no value at all. */
    EMPTY,
    /** Longer than any value of a setting can be. */
    TOO_LONG,
    /** Not a plain decimal number (also: NaN, infinities, exponents such as {@code "1e400"}). */
    NOT_A_NUMBER,
    /** A fraction where the setting counts (layers, loops). */
    NOT_A_WHOLE_NUMBER,
    /** A number with a unit that is not the setting's ({@code "20 mm/s"} for a temperature). */
    WRONG_UNIT,
    /** Neither on nor off for a switch. */
    NOT_ON_OR_OFF,
    /** Not one of the setting's values. */
    NOT_A_CHOICE,
    /** Several different values where one is expected. */
    NOT_ONE_VALUE,
    /** A setting a recommendation never changes (printer settings, G-code, preset bookkeeping). */
    READ_ONLY
}
