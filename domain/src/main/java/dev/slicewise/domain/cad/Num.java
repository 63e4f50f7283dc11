package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

/**
 * A number of the geometry together with the expression that computes it in the emitted code, in JavaScript and in
 * OpenSCAD (they differ only in their functions: {@code Math.tan(a * Math.PI / 180)} against {@code tan(a)}). The
 * value lets the part model check and measure what the code will build; the expressions keep the code parametric,
 * written in terms of the parameters declared at its top.
 */
public record Num(double value, String js, String scad, int precedence) {

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int ATOM = 3;

    public Num {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite");
        }
        Require.text(js, "js", 10_000);
        Require.text(scad, "scad", 10_000);
    }

    /** A literal number. */
    public static Num of(double value) {
        String text = Numbers.text(value);
        return new Num(value, text, text, value < 0 ? SUM : ATOM);
    }

    /** A parameter (or other variable) of the emitted code by its name. */
    public static Num variable(String name, double value) {
        return new Num(value, name, name, ATOM);
    }

    boolean literal() {
        return js.equals(Numbers.text(value));
    }

    public Num plus(Num other) {
        if (literal() && other.literal()) {
            return of(value + other.value);
        }
        if (other.literal() && other.value == 0) {
            return this;
        }
        if (literal() && value == 0) {
            return other;
        }
        return new Num(value + other.value, js + " + " + other.js, scad + " + " + other.scad, SUM);
    }

    public Num plus(double other) {
        return other < 0 ? minus(of(-other)) : plus(of(other));
    }

    public Num minus(Num other) {
        if (literal() && other.literal()) {
            return of(value - other.value);
        }
        if (other.literal() && other.value == 0) {
            return this;
        }
        Num right = other.precedence <= SUM ? other.parenthesised() : other;
        return new Num(value - other.value, js + " - " + right.js, scad + " - " + right.scad, SUM);
    }

    public Num minus(double other) {
        return minus(of(other));
    }

    public Num times(Num other) {
        if (literal() && other.literal()) {
            return of(value * other.value);
        }
        if (other.literal() && other.value == 1) {
            return this;
        }
        Num left = precedence < PRODUCT ? parenthesised() : this;
        Num right = other.precedence < PRODUCT ? other.parenthesised() : other;
        return new Num(value * other.value, left.js + " * " + right.js, left.scad + " * " + right.scad, PRODUCT);
    }

    public Num times(double other) {
        return of(other).times(this);
    }

    public Num div(Num other) {
        if (literal() && other.literal()) {
            return of(value / other.value);
        }
        Num left = precedence < PRODUCT ? parenthesised() : this;
        Num right = other.precedence <= PRODUCT ? other.parenthesised() : other;
        return new Num(value / other.value, left.js + " / " + right.js, left.scad + " / " + right.scad, PRODUCT);
    }

    public Num div(double other) {
        return div(of(other));
    }

    public Num half() {
        return div(2);
    }

    public Num negated() {
        if (literal()) {
            return of(-value);
        }
        Num operand = precedence < ATOM ? parenthesised() : this;
        return new Num(-value, "-" + operand.js, "-" + operand.scad, SUM);
    }

    /** The tangent of this angle in degrees. */
    public Num tan() {
        return new Num(Math.tan(Math.toRadians(value)), "Math.tan(" + js + " * Math.PI / 180)", "tan(" + scad + ")", ATOM);
    }

    /** The sine of this angle in degrees. */
    public Num sin() {
        return new Num(Math.sin(Math.toRadians(value)), "Math.sin(" + js + " * Math.PI / 180)", "sin(" + scad + ")", ATOM);
    }

    /** The square root. */
    public Num sqrt() {
        return new Num(Math.sqrt(value), "Math.sqrt(" + js + ")", "sqrt(" + scad + ")", ATOM);
    }

    private Num parenthesised() {
        return new Num(value, "(" + js + ")", "(" + scad + ")", ATOM);
    }
}
