package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

/** A corner of an outline that is extruded into a prism. */
public record Point2(Num a, Num b) {

    public Point2 {
        Require.present(a, "a");
        Require.present(b, "b");
    }

    static Point2 of(double a, double b) {
        return new Point2(Num.of(a), Num.of(b));
    }
}
