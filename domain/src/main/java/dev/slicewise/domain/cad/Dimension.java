package dev.slicewise.domain.cad;

/** The overall sizes a follow-up names without knowing the family's parameters ("10 mm taller", "wider"). */
public enum Dimension {
    HEIGHT, WIDTH, DEPTH, DIAMETER
}
