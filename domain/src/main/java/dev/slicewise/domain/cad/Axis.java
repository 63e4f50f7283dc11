package dev.slicewise.domain.cad;

/** The axis a cylinder runs along. */
public enum Axis {
    X, Y, Z
}
