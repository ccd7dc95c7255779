package ai.fvgs.studio;

import java.util.Locale;

/** The units the Model Builder shows measurements in. Profiles and scenes always store centimetres. */
public enum LengthUnit {
    /** Centimetres, one decimal. */
    CM("cm", 1.0, 1),
    /** Inches (2.54 cm), two decimals. */
    IN("in", 2.54, 2);

    private final String symbol;
    private final double cm;
    private final int decimals;

    LengthUnit(String symbol, double cm, int decimals) {
        this.symbol = symbol;
        this.cm = cm;
        this.decimals = decimals;
    }

    /** @return {@code cm} or {@code in} */
    public String symbol() {
        return symbol;
    }

    /** @return the decimals shown */
    public int decimals() {
        return decimals;
    }

    /** @param centimetres a length in cm @return it in this unit */
    public double fromCm(double centimetres) {
        return centimetres / cm;
    }

    /** @param value a length in this unit @return it in cm */
    public double toCm(double value) {
        return value * cm;
    }

    /**
     * @param centimetres a length in cm
     * @return it in this unit with the unit's decimals and symbol, e.g. {@code 35.43 in}
     */
    public String format(double centimetres) {
        return String.format(Locale.ROOT, "%." + decimals + "f %s", fromCm(centimetres), symbol);
    }
}
