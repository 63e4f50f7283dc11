package dev.slicewise.domain.plate;

/** The axis-aligned box around everything on a plate, in millimetres. */
public record BoundingBox(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {
}
