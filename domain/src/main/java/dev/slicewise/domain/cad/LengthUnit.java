package dev.slicewise.domain.cad;

/** The unit a part's lengths are asked and shown in; the geometry is always built in millimetres. */
public enum LengthUnit {
    MM(1.0, "mm", "millimetres"),
    CM(10.0, "cm", "centimetres"),
    INCH(25.4, "in", "inches");

    private final double millimetres;
    private final String suffix;
    private final String words;

    LengthUnit(double millimetres, String suffix, String words) {
        this.millimetres = millimetres;
        this.suffix = suffix;
        this.words = words;
    }

    /** Millimetres in one of this unit. */
    public double millimetres() {
        return millimetres;
    }

    /** The short name used in variable names and comments ("mm", "cm", "in"). */
    public String suffix() {
        return suffix;
    }

    /** The plural name used in comments ("inches"). */
    public String words() {
        return words;
    }

    public double toMillimetres(double value) {
        return value * millimetres;
    }

    public double fromMillimetres(double millimetresValue) {
        return millimetresValue / millimetres;
    }
}
