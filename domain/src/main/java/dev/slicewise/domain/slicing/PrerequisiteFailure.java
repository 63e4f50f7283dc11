package dev.slicewise.domain.slicing;

/** Why a request cannot be answered with slicing settings. Answered with HTTP 200 and an explanation. */
public enum PrerequisiteFailure {
    NO_SLICING_PROFILES,
    NOT_ONE_SELECTED_FILAMENT,
    NO_PROCESS_PRESETS,
    NO_MODEL,
    SEVERAL_EXTRUDERS
}
