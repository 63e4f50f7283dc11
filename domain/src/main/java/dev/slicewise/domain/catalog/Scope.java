package dev.slicewise.domain.catalog;

/** Where a setting lives and how its value travels. */
public enum Scope {
    /** In the filament preset, one value per extruder: sent as an array ({@code ["215"]}). */
    FILAMENT,
    /** In the print process preset: sent as a scalar ({@code "0.2"}). */
    PROCESS,
    /** In the printer (machine) preset: read only, a recommendation never changes it. */
    PRINTER
}
