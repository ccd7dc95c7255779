package ai.fvgs.render.internal;

/**
 * The mipmap level for a pixel from the analytic screen-space derivatives of the perspective-correct
 * texture coordinates. With {@code q = 1/w} affine in screen space and {@code u = (u/w) / q},
 * {@code du/dx = (d(u q)/dx - u dq/dx) / q}; the numerators' first terms and {@code dq/dx} are constant
 * over a triangle, so per pixel only a few multiplications remain.
 */
final class TextureGradient {

    private static final int A = TriangleBatch.ATTRIBUTES;

    private double dqx, dqy, uqx, uqy, vqx, vqy, width, height;

    /**
     * Computes the triangle's constants.
     *
     * @param b    the batch
     * @param i    index of the triangle's first vertex in the batch arrays
     * @param attr the three vertices' attributes, {@link TriangleBatch#ATTRIBUTES} floats each
     * @param tex  the texture, whose size scales the derivatives to texels
     */
    void prepare(TriangleBatch b, int i, float[] attr, MipChain tex) {
        long x0 = b.x[i], y0 = b.y[i], x1 = b.x[i + 1], y1 = b.y[i + 1], x2 = b.x[i + 2], y2 = b.y[i + 2];
        double step = (double) (1 << Projection.SUBPIXEL_BITS) / ((x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0));
        double q0 = b.key[i], q1 = b.key[i + 1], q2 = b.key[i + 2];
        // per-pixel derivatives of the barycentric weights times q, for x and y
        double g0x = (y1 - y2) * step * q0, g1x = (y2 - y0) * step * q1, g2x = (y0 - y1) * step * q2;
        double g0y = (x2 - x1) * step * q0, g1y = (x0 - x2) * step * q1, g2y = (x1 - x0) * step * q2;
        double w = tex.width(), h = tex.height();
        dqx = g0x + g1x + g2x;
        dqy = g0y + g1y + g2y;
        uqx = (g0x * attr[6] + g1x * attr[A + 6] + g2x * attr[2 * A + 6]) * w;
        uqy = (g0y * attr[6] + g1y * attr[A + 6] + g2y * attr[2 * A + 6]) * w;
        vqx = (g0x * attr[7] + g1x * attr[A + 7] + g2x * attr[2 * A + 7]) * h;
        vqy = (g0y * attr[7] + g1y * attr[A + 7] + g2y * attr[2 * A + 7]) * h;
        width = w;
        height = h;
    }

    /**
     * @param u     the pixel's texture coordinate
     * @param v     the pixel's texture coordinate
     * @param depth {@code 1/q} at the pixel
     * @return log2 of the larger footprint side in full-resolution texels, 0 or more
     */
    float lod(float u, float v, double depth) {
        double su = u * width, sv = v * height;
        double dudx = (uqx - dqx * su) * depth, dvdx = (vqx - dqx * sv) * depth;
        double dudy = (uqy - dqy * su) * depth, dvdy = (vqy - dqy * sv) * depth;
        double rho2 = Math.max(dudx * dudx + dvdx * dvdx, dudy * dudy + dvdy * dvdy);
        return rho2 > 1 ? 0.5f * log2((float) rho2) : 0f;
    }

    /** log2 from the float's exponent and a linear mantissa: exact integer work, close enough for mip selection. */
    private static float log2(float x) {
        int bits = Float.floatToRawIntBits(x);
        int exponent = ((bits >>> 23) & 0xFF) - 127;
        float mantissa = Float.intBitsToFloat((bits & 0x7FFFFF) | 0x3F800000);
        return exponent + (mantissa - 1f);
    }
}
