package ai.fvgs.render.internal;

import ai.fvgs.render.Matrix4;

/**
 * The world-to-clip transform of one pass (the camera's perspective, or a light's orthographic view) and
 * the mapping from clip space to fixed-point screen coordinates with {@value #SUBPIXEL_BITS} fractional bits.
 * <p>
 * Each vertex gets a depth key that is affine in screen space and larger for nearer points: {@code 1/w} in
 * perspective, {@code -z} in orthographic projection. Triangles are clipped at the near and far planes and
 * at a guard band {@value #GUARD_PIXELS} pixels out, which keeps fixed-point coordinates within 23 bits.
 */
final class Projection {

    static final int SUBPIXEL_BITS = 8;
    static final int NEAR = 1;
    static final int FAR = 2;
    static final int LEFT = 4;
    static final int RIGHT = 8;
    static final int BOTTOM = 16;
    static final int TOP = 32;
    static final int INVALID = 64;
    static final int PLANES = 6;
    private static final double GUARD_PIXELS = 16384;

    private final float[] m;
    final boolean perspective;
    final int width;
    final int height;
    private final float guardX;
    private final float guardY;
    private final double halfWidthFixed;
    private final double halfHeightFixed;

    private Projection(double[] rowMajor, boolean perspective, int width, int height) {
        this.m = new float[16];
        for (int i = 0; i < 16; i++) {
            m[i] = (float) rowMajor[i];
        }
        this.perspective = perspective;
        this.width = width;
        this.height = height;
        this.guardX = (float) (2 * GUARD_PIXELS / width - 1);
        this.guardY = (float) (2 * GUARD_PIXELS / height - 1);
        this.halfWidthFixed = width * 0.5 * (1 << SUBPIXEL_BITS);
        this.halfHeightFixed = height * 0.5 * (1 << SUBPIXEL_BITS);
    }

    static Projection perspective(Matrix4 viewProjection, int width, int height) {
        return new Projection(viewProjection.toRowMajorArray(), true, width, height);
    }

    static Projection orthographic(double[] rowMajor, int width, int height) {
        return new Projection(rowMajor, false, width, height);
    }

    /** @return the row-major world-to-clip matrix (single precision, as the pass uses it) */
    float[] matrix() {
        return m;
    }

    /** Transforms vertices {@code from..to-1} of {@code positions} into {@code out}. */
    void transform(float[] positions, int from, int to, ClipVertices out) {
        float[] c = out.clip;
        for (int v = from; v < to; v++) {
            float x = positions[3 * v];
            float y = positions[3 * v + 1];
            float z = positions[3 * v + 2];
            float cx = m[0] * x + m[1] * y + m[2] * z + m[3];
            float cy = m[4] * x + m[5] * y + m[6] * z + m[7];
            float cz = m[8] * x + m[9] * y + m[10] * z + m[11];
            float cw = m[12] * x + m[13] * y + m[14] * z + m[15];
            c[4 * v] = cx;
            c[4 * v + 1] = cy;
            c[4 * v + 2] = cz;
            c[4 * v + 3] = cw;
            int code = outcode(cx, cy, cz, cw);
            out.outcode[v] = (byte) code;
            if (code == 0) {
                out.sx[v] = snapX(cx, cw);
                out.sy[v] = snapY(cy, cw);
                out.key[v] = key(cz, cw);
            }
        }
    }

    /** @return signed distance to clip plane {@code p} (0..5), 0 or more inside */
    float distance(int p, float x, float y, float z, float w) {
        return switch (p) {
            case 0 -> z + w;
            case 1 -> w - z;
            case 2 -> x + guardX * w;
            case 3 -> guardX * w - x;
            case 4 -> y + guardY * w;
            default -> guardY * w - y;
        };
    }

    /** @return one bit per plane the point is outside of, or {@link #INVALID} for a non-finite point */
    int outcode(float x, float y, float z, float w) {
        if (!(Float.isFinite(x) && Float.isFinite(y) && Float.isFinite(z) && Float.isFinite(w))) {
            return INVALID;
        }
        int code = 0;
        for (int p = 0; p < PLANES; p++) {
            if (!(distance(p, x, y, z, w) >= 0)) {
                code |= 1 << p;
            }
        }
        return code;
    }

    int snapX(float x, float w) {
        return (int) Math.round(((double) x / w + 1.0) * halfWidthFixed);
    }

    int snapY(float y, float w) {
        return (int) Math.round((1.0 - (double) y / w) * halfHeightFixed);
    }

    float key(float z, float w) {
        return perspective ? (float) (1.0 / w) : -z;
    }
}
