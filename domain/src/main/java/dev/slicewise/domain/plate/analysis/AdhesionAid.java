package dev.slicewise.domain.plate.analysis;

/** What holds the first layer down: nothing extra, a brim around the base, or a raft under it. */
public enum AdhesionAid {
    NONE, BRIM, RAFT
}
