package ai.fvgs.render.internal;

/**
 * Conversions between 8-bit sRGB and linear light through lookup tables built once with {@link StrictMath},
 * so they give the same values on every JVM and thread.
 */
final class Srgb {

    private static final int ENCODE_STEPS = 16384;
    private static final float[] TO_LINEAR = new float[256];
    private static final byte[] FROM_LINEAR = new byte[ENCODE_STEPS];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            TO_LINEAR[i] = (float) (c <= 0.04045 ? c / 12.92 : StrictMath.pow((c + 0.055) / 1.055, 2.4));
        }
        for (int i = 0; i < ENCODE_STEPS; i++) {
            double l = (double) i / (ENCODE_STEPS - 1);
            double c = l <= 0.0031308 ? l * 12.92 : 1.055 * StrictMath.pow(l, 1 / 2.4) - 0.055;
            FROM_LINEAR[i] = (byte) StrictMath.round(c * 255);
        }
    }

    private Srgb() {
    }

    /**
     * @param value 0..255 sRGB
     * @return linear 0..1
     */
    static float toLinear(int value) {
        return TO_LINEAR[value & 0xFF];
    }

    /**
     * @param argb  a packed colour
     * @param shift 16 for red, 8 for green, 0 for blue
     * @return that channel in linear light
     */
    static float channel(int argb, int shift) {
        return TO_LINEAR[(argb >>> shift) & 0xFF];
    }

    /**
     * @param linear linear light; clamped to 0..1 (NaN gives 0)
     * @return 0..255 sRGB
     */
    static int fromLinear(float linear) {
        int i = (int) (linear * (ENCODE_STEPS - 1) + 0.5f);
        if (i < 0) {
            i = 0;
        } else if (i >= ENCODE_STEPS) {
            i = ENCODE_STEPS - 1;
        }
        return FROM_LINEAR[i] & 0xFF;
    }
}
