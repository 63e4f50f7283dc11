package dev.slicewise.domain.catalog;

/** Which way a user asks to move a setting: "wider brim" up, "slower outer wall" down. */
public enum Direction {
    UP, DOWN
}
