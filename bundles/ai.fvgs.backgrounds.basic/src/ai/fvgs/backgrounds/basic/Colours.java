package ai.fvgs.backgrounds.basic;

/** Small colour arithmetic on opaque ARGB {@code int}s, shared by the procedural backgrounds. */
final class Colours {

    private Colours() {
    }

    /**
     * @param a colour at {@code t = 0}
     * @param b colour at {@code t = 1}
     * @param t blend factor, clamped to 0..1
     * @return the opaque blend, each channel rounded
     */
    static int mix(int a, int b, double t) {
        double f = t < 0 ? 0 : t > 1 ? 1 : t;
        return 0xFF000000 | channel(a, b, 16, f) << 16 | channel(a, b, 8, f) << 8 | channel(a, b, 0, f);
    }

    /**
     * @param c colour
     * @param f brightness factor, 0 or more; channels clamp at 255
     * @return the opaque scaled colour
     */
    static int scale(int c, double f) {
        return 0xFF000000 | clamp((c >> 16 & 0xFF) * f) << 16 | clamp((c >> 8 & 0xFF) * f) << 8 | clamp((c & 0xFF) * f);
    }

    private static int channel(int a, int b, int shift, double f) {
        int x = a >> shift & 0xFF;
        int y = b >> shift & 0xFF;
        return clamp(x + (y - x) * f);
    }

    /** @param v a channel value @return it rounded half up and clamped to 0..255 */
    static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) (v + 0.5);
    }
}
