package ai.fvgs.render.internal;

import java.util.List;

import ai.fvgs.render.Vec3;

/**
 * The depth of the shadow casters as seen from one directional light: an orthographic view along the
 * light, fitted each frame to the bounding box of the casting geometry, so the texels are spent where
 * shadows can fall. Lookups filter with 3x3 bilinear percentage-closer filtering and a slope-scaled bias.
 */
final class ShadowMap {

    private static final float MAX_SLOPE = 4f;
    /** Depth-key tolerance of {@link #mayShadow}: far above the rounding of keys computed in single precision. */
    private static final float KEY_MARGIN = 1e-5f;

    /** Texels per side of a block of {@link #blockMin}/{@link #blockMax}. */
    private static final int BLOCK_SHIFT = 2;

    final int size;
    final float[] keys;
    /**
     * Per block of 4x4 texels of the view, the smallest and largest depth key of its texels: a lookup whose
     * filter footprint lies in blocks that are all nearer than the receiver (or all farther) needs no filtering.
     */
    private final float[] blockMin;
    private final float[] blockMax;
    private final int blocksPerRow;
    private Projection projection;
    private float[] m;
    private float biasPerTexel;
    /** Texels of the map in use this frame, from its top-left corner. */
    int viewWidth;
    int viewHeight;

    ShadowMap(int size) {
        this.size = size;
        this.keys = new float[size * size];
        this.blocksPerRow = (size + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT;
        this.blockMin = new float[blocksPerRow * blocksPerRow];
        this.blockMax = new float[blocksPerRow * blocksPerRow];
    }

    /**
     * Fits the light's view to the casters.
     *
     * @param casters   the items that cast shadows
     * @param direction the direction the light travels, unit length
     * @return the projection of the shadow pass, or {@code null} when there is nothing to cast a shadow
     */
    Projection fit(List<PassItem> casters, Vec3 direction) {
        Vec3 f = direction;
        Vec3 hint = Math.abs(f.y()) < 0.99 ? new Vec3(0, 1, 0) : new Vec3(0, 0, 1);
        Vec3 r = f.cross(hint).normalized();
        Vec3 u = r.cross(f);
        double[] box = bounds(casters, r, u, f);
        if (box == null) {
            projection = null;
            return null;
        }
        double pad = Math.max(box[1] - box[0], box[3] - box[2]) * 0.01 + 1e-4;
        double a0 = box[0] - pad, b0 = box[2] - pad, d0 = box[4] - pad, d1 = box[5] + pad;
        // square texels; the viewport covers only the casters' extent, the rest of the map stays unused
        double texel = Math.max(box[1] - box[0], box[3] - box[2]) * 1.02 / size + 2e-4 / size;
        viewWidth = (int) Math.min(size, Math.ceil((box[1] + pad - a0) / texel));
        viewHeight = (int) Math.min(size, Math.ceil((box[3] + pad - b0) / texel));
        double sx = 2 / (viewWidth * texel), sy = 2 / (viewHeight * texel), sz = 2 / (d1 - d0);
        double[] rows = {
            sx * r.x(), sx * r.y(), sx * r.z(), -sx * a0 - 1,
            sy * u.x(), sy * u.y(), sy * u.z(), -sy * b0 - 1,
            sz * f.x(), sz * f.y(), sz * f.z(), -sz * (d0 + d1) / 2,
            0, 0, 0, 1};
        projection = Projection.orthographic(rows, viewWidth, viewHeight);
        m = projection.matrix();
        biasPerTexel = (float) (texel * sz);
        return projection;
    }

    /** @return min/max of the casters' vertices along r, u and f, or {@code null} if there are none */
    private static double[] bounds(List<PassItem> casters, Vec3 r, Vec3 u, Vec3 f) {
        double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE};
        boolean any = false;
        for (PassItem item : casters) {
            float[] p = item.mesh.positions();
            for (int i = 0; i + 2 < p.length; i += 3) {
                if (!(Float.isFinite(p[i]) && Float.isFinite(p[i + 1]) && Float.isFinite(p[i + 2]))) {
                    continue;
                }
                any = true;
                extend(box, 0, r.x() * p[i] + r.y() * p[i + 1] + r.z() * p[i + 2]);
                extend(box, 2, u.x() * p[i] + u.y() * p[i + 1] + u.z() * p[i + 2]);
                extend(box, 4, f.x() * p[i] + f.y() * p[i + 1] + f.z() * p[i + 2]);
            }
        }
        return any ? box : null;
    }

    private static void extend(double[] box, int at, double v) {
        box[at] = Math.min(box[at], v);
        box[at + 1] = Math.max(box[at + 1], v);
    }

    /** @return whether {@link #fit} found casters this frame */
    boolean isActive() {
        return projection != null;
    }

    /**
     * Copies a rasterized tile (one sample per texel) into the map and summarises its blocks. Tiles start on
     * block boundaries, so every block is computed by one tile, from texels of the view only.
     */
    void store(TileRasterizer tile) {
        for (int y = 0; y < tile.tileH; y++) {
            System.arraycopy(tile.depth, y * TileGrid.SIZE, keys, (tile.tileY + y) * size + tile.tileX, tile.tileW);
        }
        // the keys are only ever compared (with >), so plain comparisons serve; they run faster than Math.min/max
        float[] d = tile.depth;
        int block = 1 << BLOCK_SHIFT;
        for (int by = 0; by < tile.tileH; by += block) {
            int rowEnd = Math.min(by + block, tile.tileH);
            int first = ((tile.tileY + by) >> BLOCK_SHIFT) * blocksPerRow + (tile.tileX >> BLOCK_SHIFT);
            for (int bx = 0; bx < tile.tileW; bx += block) {
                int colEnd = Math.min(bx + block, tile.tileW);
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (int y = by; y < rowEnd; y++) {
                    int row = y * TileGrid.SIZE;
                    for (int x = row + bx; x < row + colEnd; x++) {
                        float k = d[x];
                        lo = k < lo ? k : lo;
                        hi = k > hi ? k : hi;
                    }
                }
                blockMin[first + (bx >> BLOCK_SHIFT)] = lo;
                blockMax[first + (bx >> BLOCK_SHIFT)] = hi;
            }
        }
    }

    /**
     * Whether {@link #visibility} can be below 1 anywhere in the convex hull of some world points. It is 1 where
     * a point projects outside the map's view, and where no texel under its filter is nearer to the light than
     * the point's depth plus the smallest bias; both are tested on the hull's bounds in the map, a texel and
     * {@value #KEY_MARGIN} in depth wider than needed, so that points computed inside the hull with other
     * rounding are covered too.
     *
     * @param xyz x, y, z of each point
     * @param n   number of points
     * @return {@code false} only if every point of the hull is certainly lit by this light
     */
    boolean mayShadow(float[] xyz, int n) {
        float uMin = Float.POSITIVE_INFINITY, uMax = Float.NEGATIVE_INFINITY;
        float vMin = Float.POSITIVE_INFINITY, vMax = Float.NEGATIVE_INFINITY;
        float keyMin = Float.POSITIVE_INFINITY;
        for (int i = 0; i < 3 * n; i += 3) {
            float x = xyz[i], y = xyz[i + 1], z = xyz[i + 2];
            float u = (m[0] * x + m[1] * y + m[2] * z + m[3] + 1) * 0.5f * viewWidth - 0.5f;
            float v = (1 - (m[4] * x + m[5] * y + m[6] * z + m[7])) * 0.5f * viewHeight - 0.5f;
            float key = -(m[8] * x + m[9] * y + m[10] * z + m[11]);
            uMin = Math.min(uMin, u);
            uMax = Math.max(uMax, u);
            vMin = Math.min(vMin, v);
            vMax = Math.max(vMax, v);
            keyMin = Math.min(keyMin, key);
        }
        if (!(uMin <= uMax && vMin <= vMax && keyMin < Float.POSITIVE_INFINITY)) {
            return true;
        }
        float margin = 1f;
        if (uMax < -2 - margin || vMax < -2 - margin || uMin > viewWidth + margin || vMin > viewHeight + margin) {
            return false;
        }
        // the filter reads texels floor(u) - 1 .. floor(u) + 2 of the view; clamped first, so no int overflows
        uMin = Math.max(uMin, -4f);
        vMin = Math.max(vMin, -4f);
        uMax = Math.min(uMax, viewWidth + 4f);
        vMax = Math.min(vMax, viewHeight + 4f);
        int tx0 = Math.max(0, (int) MipChain.floor(uMin - margin) - 1);
        int tx1 = Math.min(viewWidth - 1, (int) MipChain.floor(uMax + margin) + 2);
        int ty0 = Math.max(0, (int) MipChain.floor(vMin - margin) - 1);
        int ty1 = Math.min(viewHeight - 1, (int) MipChain.floor(vMax + margin) + 2);
        float hi = Float.NEGATIVE_INFINITY;
        for (int by = ty0 >> BLOCK_SHIFT; by <= ty1 >> BLOCK_SHIFT; by++) {
            for (int bx = tx0 >> BLOCK_SHIFT; bx <= tx1 >> BLOCK_SHIFT; bx++) {
                hi = Math.max(hi, blockMax[by * blocksPerRow + bx]);
            }
        }
        // visibility's threshold is the key plus at least 1.5 texels of bias
        return !(hi < keyMin + 1.5f * biasPerTexel - KEY_MARGIN);
    }

    /**
     * @param x   world position of the receiving point
     * @param y   world position
     * @param z   world position
     * @param ndl cosine between the surface normal and the direction to the light, above 0
     * @return the fraction of light that reaches the point, 0 (in shadow) to 1 (lit)
     */
    float visibility(float x, float y, float z, float ndl) {
        float u = (m[0] * x + m[1] * y + m[2] * z + m[3] + 1) * 0.5f * viewWidth - 0.5f;
        float v = (1 - (m[4] * x + m[5] * y + m[6] * z + m[7])) * 0.5f * viewHeight - 0.5f;
        float key = -(m[8] * x + m[9] * y + m[10] * z + m[11]);
        if (!(u >= -2 && v >= -2 && u <= viewWidth && v <= viewHeight)) {
            return 1f;
        }
        float fu0 = MipChain.floor(u);
        float fv0 = MipChain.floor(v);
        float slope = ndl >= 1f ? 0f : Math.min(MAX_SLOPE, (float) Math.sqrt(1f - ndl * ndl) / ndl);
        float threshold = key + biasPerTexel * (1.5f + 2f * slope);
        float fu = u - fu0;
        float fv = v - fv0;
        int iu = (int) fu0 - 1;
        int iv = (int) fv0 - 1;
        float blocked = 0;
        boolean inside = iu >= 0 && iv >= 0 && iu + 3 < viewWidth && iv + 3 < viewHeight;
        if (inside) {
            int b00 = (iv >> BLOCK_SHIFT) * blocksPerRow + (iu >> BLOCK_SHIFT);
            int right = ((iu + 3) >> BLOCK_SHIFT) - (iu >> BLOCK_SHIFT);
            int down = (((iv + 3) >> BLOCK_SHIFT) - (iv >> BLOCK_SHIFT)) * blocksPerRow;
            float hi = Math.max(Math.max(blockMax[b00], blockMax[b00 + right]),
                    Math.max(blockMax[b00 + down], blockMax[b00 + down + right]));
            if (!(hi > threshold)) {
                // no texel of the footprint is nearer to the light than the receiver: fully lit, as the filter gives
                return 1f;
            }
            float lo = Math.min(Math.min(blockMin[b00], blockMin[b00 + right]),
                    Math.min(blockMin[b00 + down], blockMin[b00 + down + right]));
            if (lo > threshold) {
                return 0f;
            }
        }
        for (int j = 0; j < 4; j++) {
            int ty = iv + j;
            if (!inside && (ty < 0 || ty >= viewHeight)) {
                continue;
            }
            int row = ty * size;
            float rowBlocked = (1 - fu) * blocks(row, iu, threshold, inside) + blocks(row, iu + 1, threshold, inside)
                    + blocks(row, iu + 2, threshold, inside) + fu * blocks(row, iu + 3, threshold, inside);
            blocked += rowBlocked * (j == 0 ? 1 - fv : j == 3 ? fv : 1);
        }
        return 1f - blocked / 9f;
    }

    /** @return 1 if texel {@code tx} of the row holds a caster nearer to the light than {@code threshold}, else 0 */
    private float blocks(int row, int tx, float threshold, boolean inside) {
        return (inside || tx >= 0 && tx < viewWidth) && keys[row + tx] > threshold ? 1f : 0f;
    }
}
