package dev.slicewise.domain.plate.analysis;

/** Flat faces and straight edges (brackets, boxes) against curved, sculpted surfaces (figurines, spheres). */
public enum ShapeClass {
    BOXY, ORGANIC
}
