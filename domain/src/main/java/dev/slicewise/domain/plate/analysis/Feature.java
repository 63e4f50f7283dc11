package dev.slicewise.domain.plate.analysis;

/** A geometric feature of the models that matters for printing, as seen in the views. */
public enum Feature {
    /** The body is much wider above than where it touches the bed. */
    SMALL_BASE,
    /** Tall against its footprint: it may tip over or wobble. */
    TALL_AND_THIN,
    /** Parts reach out over empty space. */
    OVERHANGS,
    /** A span between two supports, printed over air. */
    BRIDGES,
    /** A large flat first layer: corners lift with warping materials (ABS, ASA, PA). */
    FLAT_LARGE_BASE,
    /** Many small separate pieces, each with a small grip on the bed. */
    MANY_ISLANDS
}
