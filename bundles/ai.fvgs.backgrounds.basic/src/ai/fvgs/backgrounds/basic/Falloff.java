package ai.fvgs.backgrounds.basic;

/**
 * The smooth fall-off curves of the procedural backgrounds as lookup tables with linear interpolation, so the
 * per-pixel work is a multiply, an index and a blend instead of a transcendental function. The tables are
 * computed once with {@link StrictMath}, so every JVM gets the same values; the interpolation error is below
 * {@code 2e-6} of full scale, far under one 8-bit level.
 */
final class Falloff {

    /** Table steps per unit of the argument of {@link #exp}. */
    private static final int EXP_STEPS = 256;
    /** {@link #exp} is 0 from this argument on ({@code e^-32} is about {@code 1e-14}). */
    private static final double EXP_END = 32;
    private static final double[] EXP = table(EXP_STEPS * (int) EXP_END, i -> StrictMath.exp(-(double) i / EXP_STEPS));

    private static final int BARS_STEPS = 2048;
    private static final double[] BARS = table(BARS_STEPS,
            i -> 0.5 + 0.5 * StrictMath.cos((double) i / BARS_STEPS * StrictMath.PI * 3));

    private Falloff() {
    }

    /**
     * @param x 0 or more
     * @return {@code e^-x}, interpolated; 0 for {@code x >= 32}
     */
    static double exp(double x) {
        double s = x * EXP_STEPS;
        if (!(s < EXP_STEPS * EXP_END)) {
            return 0;
        }
        int i = (int) s;
        return EXP[i] + (EXP[i + 1] - EXP[i]) * (s - i);
    }

    /**
     * The brightness profile of the lit entrance's vertical bars.
     *
     * @param u where across the half opening, 0 (centre) to 1 (side)
     * @return {@code 0.5 + 0.5 cos(3 pi u)}, interpolated
     */
    static double bars(double u) {
        double s = u * BARS_STEPS;
        if (!(s < BARS_STEPS)) {
            return BARS[BARS_STEPS];
        }
        int i = (int) s;
        return BARS[i] + (BARS[i + 1] - BARS[i]) * (s - i);
    }

    private static double[] table(int steps, java.util.function.IntToDoubleFunction f) {
        double[] t = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            t[i] = f.applyAsDouble(i);
        }
        return t;
    }
}
