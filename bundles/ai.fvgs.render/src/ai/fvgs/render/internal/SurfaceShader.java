package ai.fvgs.render.internal;

/**
 * Shades one visible triangle at one pixel: at the pixel centre, or, where the centre lies outside the
 * triangle, at the centroid of the coverage samples that see it (so partly covered pixels never extrapolate
 * attributes). The shading itself is {@link DeferredShader}'s, with one point; pixels wholly covered by one
 * triangle are shaded a row run at a time by the tile renderer instead. One instance per thread.
 */
final class SurfaceShader {

    /**
     * Shaded colour in linear light, its opacity (on a shadow catcher: the alpha of its shadow), linear depth, and
     * the unit world-space normal.
     */
    float red, green, blue, alpha, depth, nx, ny, nz;

    private final DeferredShader span;
    private final int[] sampleX;
    private final int[] sampleY;

    /**
     * @param lighting the frame's lights
     * @param sampleX coverage sample positions within a pixel, in 1/256 pixel from its left edge
     * @param sampleY the same from its top edge
     */
    SurfaceShader(Lighting lighting, int[] sampleX, int[] sampleY) {
        this.span = new DeferredShader(lighting, 1);
        this.sampleX = sampleX;
        this.sampleY = sampleY;
    }

    /** Forgets the cached triangle; call when the batches are refilled (a new frame). */
    void reset() {
        span.reset();
    }

    /**
     * @param mask the pixel's coverage samples that show this triangle (bit {@code s} for sample {@code s}), or
     *             -1 for all; if the pixel centre lies outside the triangle, it is shaded at their centroid
     */
    void shade(TriangleBatch b, int t, int px, int py, int mask) {
        span.clear();
        place(b, t, px, py, mask, span, 0);
        span.surface(b, t, 1);
        if (b.item.material.shadowCatcher) {
            span.catcherShadows();
        } else {
            span.light();
        }
        red = span.red[0];
        green = span.green[0];
        blue = span.blue[0];
        alpha = span.alpha[0];
        depth = span.depth[0];
        nx = span.nx[0];
        ny = span.ny[0];
        nz = span.nz[0];
    }

    /**
     * Writes to point {@code at} of {@code target} where {@link #shade} evaluates the triangle at the pixel.
     *
     * @param mask as for {@link #shade}
     */
    void place(TriangleBatch b, int t, int px, int py, int mask, DeferredShader target, int at) {
        int sub = Projection.SUBPIXEL_BITS;
        long cx = ((long) px << sub) + (1 << sub - 1);
        long cy = ((long) py << sub) + (1 << sub - 1);
        if (mask != -1 && !inside(b, t, cx, cy)) {
            int n = 0, sx = 0, sy = 0;
            for (int s = 0; s < sampleX.length; s++) {
                if ((mask & 1 << s) != 0) {
                    n++;
                    sx += sampleX[s];
                    sy += sampleY[s];
                }
            }
            cx = ((long) px << sub) + sx / n;
            cy = ((long) py << sub) + sy / n;
        }
        target.pointX[at] = cx;
        target.pointY[at] = cy;
    }

    /** @return whether the fixed-point point lies inside or on the triangle (all edge functions 0 or more) */
    private static boolean inside(TriangleBatch b, int t, long cx, long cy) {
        int i = 3 * t;
        long x0 = b.x[i], y0 = b.y[i], x1 = b.x[i + 1], y1 = b.y[i + 1], x2 = b.x[i + 2], y2 = b.y[i + 2];
        long e0 = (x2 - x1) * (cy - y1) - (y2 - y1) * (cx - x1);
        long e1 = (x0 - x2) * (cy - y2) - (y0 - y2) * (cx - x2);
        long e2 = (x1 - x0) * (cy - y0) - (y1 - y0) * (cx - x0);
        return (e0 | e1 | e2) >= 0;
    }
}
