package ai.fvgs.render.internal;

import java.util.Arrays;

/**
 * Rasterizes triangles into one tile's coverage samples with integer edge functions and the top-left fill
 * rule, keeping per sample the nearest depth key and the id of the triangle it came from (a visibility
 * buffer: shading happens later, once per pixel and visible triangle). One instance per thread.
 * <p>
 * Samples lie at fixed sub-pixel offsets; the edge functions are exact (64-bit integers on 1/256-pixel
 * coordinates), so a sample on an edge shared by two triangles belongs to exactly one of them. The depth
 * key is interpolated in single precision from the pixel's own coordinates, never accumulated, so its
 * value does not depend on how the frame was cut into tiles.
 */
final class TileRasterizer {

    /** Receives the samples of a translucent triangle that pass the depth test. */
    interface FragmentSink {
        /**
         * @param sampleIndex index of the pixel's first sample in the tile buffers
         * @param px          pixel column in the frame
         * @param py          pixel row in the frame
         * @param mask        bit {@code s} set for each covered, unoccluded sample {@code s}
         */
        void fragment(int sampleIndex, int px, int py, int mask);
    }

    private static final int SUB = Projection.SUBPIXEL_BITS;
    /** Rows of triangles at least this wide are clipped to their covered span before the pixel loop. */
    private static final int SPAN_MIN_WIDTH = 6;
    private static final long FULL_SPAN = Integer.MAX_VALUE;
    private static final int NEGATIVE_INFINITY_BITS = Float.floatToRawIntBits(Float.NEGATIVE_INFINITY);

    final int samples;
    /** Whether only the depth keys are kept (a shadow map's): {@link #ids} is then left untouched. */
    private final boolean depthOnly;
    /** Sample positions within a pixel, in 1/256 pixel from its top-left corner. */
    final int[] offX;
    final int[] offY;
    final float[] depth;
    final int[] ids;
    int tileX;
    int tileY;
    int tileW;
    int tileH;

    private final long[] so0;
    private final long[] so1;
    private final long[] so2;
    private final float[] ks;
    private long a0, b0, c0, a1, b1, c1, a2, b2, c2;
    private long max0, max1, max2, min0, min1, min2;
    private float k0, kdx, kdy;
    private int x0, y0;
    private int xMin, xMax, yMin, yMax;

    /** @param samples 1 (at the pixel centre) or 4 (rotated grid) */
    TileRasterizer(int samples) {
        this(samples, false);
    }

    /**
     * @param samples   1 (at the pixel centre) or 4 (rotated grid)
     * @param depthOnly whether to keep only the depth keys (one sample per pixel only); {@link #ids} stays -1
     */
    TileRasterizer(int samples, boolean depthOnly) {
        if (depthOnly && samples != 1) {
            throw new IllegalArgumentException("a depth-only rasterizer takes 1 sample per pixel, not " + samples);
        }
        this.samples = samples;
        this.depthOnly = depthOnly;
        this.offX = samples == 1 ? new int[] {128} : new int[] {96, 224, 32, 160};
        this.offY = samples == 1 ? new int[] {128} : new int[] {32, 96, 160, 224};
        int n = TileGrid.SIZE * TileGrid.SIZE * samples;
        this.depth = new float[n];
        this.ids = new int[n];
        this.so0 = new long[samples];
        this.so1 = new long[samples];
        this.so2 = new long[samples];
        this.ks = new float[samples];
    }

    /** Starts a tile: every sample empty (depth key negative infinity, id -1). */
    void begin(TileGrid grid, int tile) {
        tileX = grid.x0(tile);
        tileY = grid.y0(tile);
        tileW = grid.width(tile);
        tileH = grid.height(tile);
        Arrays.fill(depth, Float.NEGATIVE_INFINITY);
        if (!depthOnly) {
            Arrays.fill(ids, -1);
        }
    }

    /** @return index of the first sample of a pixel of the current tile in {@link #depth} and {@link #ids} */
    int sampleIndex(int px, int py) {
        return ((py - tileY) * TileGrid.SIZE + (px - tileX)) * samples;
    }

    /**
     * Prepares triangle {@code t} of the batch.
     *
     * @return whether its bounding box meets the tile
     */
    boolean setup(TriangleBatch b, int t) {
        int i = 3 * t;
        long x0l = b.x[i], y0l = b.y[i], x1 = b.x[i + 1], y1 = b.y[i + 1], x2 = b.x[i + 2], y2 = b.y[i + 2];
        xMin = Math.max(tileX, (int) (Math.min(x0l, Math.min(x1, x2)) >> SUB));
        xMax = Math.min(tileX + tileW - 1, (int) (Math.max(x0l, Math.max(x1, x2)) >> SUB));
        yMin = Math.max(tileY, (int) (Math.min(y0l, Math.min(y1, y2)) >> SUB));
        yMax = Math.min(tileY + tileH - 1, (int) (Math.max(y0l, Math.max(y1, y2)) >> SUB));
        if (xMin > xMax || yMin > yMax) {
            return false;
        }
        a0 = y1 - y2;
        b0 = x2 - x1;
        c0 = -(a0 * x1 + b0 * y1) - bias(x2 - x1, y2 - y1);
        a1 = y2 - y0l;
        b1 = x0l - x2;
        c1 = -(a1 * x2 + b1 * y2) - bias(x0l - x2, y0l - y2);
        a2 = y0l - y1;
        b2 = x1 - x0l;
        c2 = -(a2 * x0l + b2 * y0l) - bias(x1 - x0l, y1 - y0l);
        depthPlane(b, i, (x1 - x0l) * (y2 - y0l) - (y1 - y0l) * (x2 - x0l));
        max0 = max1 = max2 = Long.MIN_VALUE;
        min0 = min1 = min2 = Long.MAX_VALUE;
        for (int s = 0; s < samples; s++) {
            so0[s] = a0 * offX[s] + b0 * offY[s];
            so1[s] = a1 * offX[s] + b1 * offY[s];
            so2[s] = a2 * offX[s] + b2 * offY[s];
            max0 = Math.max(max0, so0[s]);
            max1 = Math.max(max1, so1[s]);
            max2 = Math.max(max2, so2[s]);
            min0 = Math.min(min0, so0[s]);
            min1 = Math.min(min1, so1[s]);
            min2 = Math.min(min2, so2[s]);
            ks[s] = kdx * offX[s] + kdy * offY[s];
        }
        return true;
    }

    /** Top-left rule: a sample exactly on an edge is inside only if the edge is a top or a left edge. */
    private static long bias(long dx, long dy) {
        return dy < 0 || dy == 0 && dx > 0 ? 0 : 1;
    }

    private void depthPlane(TriangleBatch b, int i, long area) {
        k0 = b.key[i];
        double d1 = (double) b.key[i + 1] - k0;
        double d2 = (double) b.key[i + 2] - k0;
        kdx = (float) ((a1 * d1 + a2 * d2) / area);
        kdy = (float) ((b1 * d1 + b2 * d2) / area);
        x0 = b.x[i];
        y0 = b.y[i];
    }

    /**
     * Draws the prepared triangle. Without a sink it writes depth and {@code id} to every covered sample it is
     * nearer at; with one, it writes nothing and reports those samples per pixel.
     */
    void draw(int id, FragmentSink sink) {
        long step0 = a0 << SUB, step1 = a1 << SUB, step2 = a2 << SUB;
        boolean spans = xMax - xMin >= SPAN_MIN_WIDTH;
        for (int py = yMin; py <= yMax; py++) {
            long y = (long) py << SUB;
            long x = (long) xMin << SUB;
            long e0 = a0 * x + b0 * y + c0;
            long e1 = a1 * x + b1 * y + c1;
            long e2 = a2 * x + b2 * y + c2;
            int from = xMin;
            int to = xMax;
            if (spans) {
                long range = span(e0 + max0, step0, span(e1 + max1, step1, span(e2 + max2, step2, FULL_SPAN)));
                from = xMin + (int) (range >> 32);
                to = Math.min(xMax, xMin + (int) range);
                if (from > to) {
                    continue;
                }
                e0 += step0 * (from - xMin);
                e1 += step1 * (from - xMin);
                e2 += step2 * (from - xMin);
            }
            float rowKey = k0 + kdy * (float) (y - y0);
            if (depthOnly) {
                depthRow(from, to, py, e0, e1, e2, rowKey);
            } else if (sink != null) {
                blendRow(from, to, py, e0, e1, e2, rowKey, sink);
            } else if (samples == 4) {
                fourSampleRow(from, to, py, e0, e1, e2, rowKey, id);
            } else {
                oneSampleRow(from, to, py, e0, e1, e2, rowKey, id);
            }
        }
    }

    private void oneSampleRow(int from, int to, int py, long e0, long e1, long e2, float rowKey, int id) {
        long s0 = e0 + so0[0], s1 = e1 + so1[0], s2 = e2 + so2[0];
        long step0 = a0 << SUB, step1 = a1 << SUB, step2 = a2 << SUB;
        float key = rowKey + ks[0];
        int si = sampleIndex(from, py);
        for (int px = from; px <= to; px++, si++, s0 += step0, s1 += step1, s2 += step2) {
            if ((s0 | s1 | s2) >= 0) {
                float k = key + kdx * (float) (((long) px << SUB) - x0);
                if (k > depth[si]) {
                    depth[si] = k;
                    ids[si] = id;
                }
            }
        }
    }

    /**
     * One sample per pixel, depth only. Without branches on coverage: the triangles of a shadow pass are a few
     * texels wide, so which texels they cover is hard to predict. {@code Math.max} may keep +0 where the
     * comparison would keep -0; the shadow map only compares keys, to which the two are equal.
     */
    private void depthRow(int from, int to, int py, long e0, long e1, long e2, float rowKey) {
        long s0 = e0 + so0[0], s1 = e1 + so1[0], s2 = e2 + so2[0];
        long step0 = a0 << SUB, step1 = a1 << SUB, step2 = a2 << SUB;
        float key = rowKey + ks[0];
        float[] d = depth;
        int si = sampleIndex(from, py);
        for (int px = from; px <= to; px++, si++, s0 += step0, s1 += step1, s2 += step2) {
            float k = key + kdx * (float) (((long) px << SUB) - x0);
            // outside the triangle the key becomes negative infinity, which never wins
            int outside = (int) ((s0 | s1 | s2) >> 63);
            int bits = Float.floatToRawIntBits(k) & ~outside | NEGATIVE_INFINITY_BITS & outside;
            d[si] = Math.max(d[si], Float.intBitsToFloat(bits));
        }
    }

    private void fourSampleRow(int from, int to, int py, long e0, long e1, long e2, float rowKey, int id) {
        long step0 = a0 << SUB, step1 = a1 << SUB, step2 = a2 << SUB;
        int si = sampleIndex(from, py);
        for (int px = from; px <= to; px++, si += 4, e0 += step0, e1 += step1, e2 += step2) {
            if ((e0 + max0 | e1 + max1 | e2 + max2) < 0) {
                continue;
            }
            float pixelKey = rowKey + kdx * (float) (((long) px << SUB) - x0);
            boolean whole = (e0 + min0 | e1 + min1 | e2 + min2) >= 0;
            for (int s = 0; s < 4; s++) {
                if (whole || (e0 + so0[s] | e1 + so1[s] | e2 + so2[s]) >= 0) {
                    float k = pixelKey + ks[s];
                    if (k > depth[si + s]) {
                        depth[si + s] = k;
                        ids[si + s] = id;
                    }
                }
            }
        }
    }

    private void blendRow(int from, int to, int py, long e0, long e1, long e2, float rowKey, FragmentSink sink) {
        long step0 = a0 << SUB, step1 = a1 << SUB, step2 = a2 << SUB;
        int si = sampleIndex(from, py);
        for (int px = from; px <= to; px++, si += samples, e0 += step0, e1 += step1, e2 += step2) {
            float pixelKey = rowKey + kdx * (float) (((long) px << SUB) - x0);
            int mask = 0;
            for (int s = 0; s < samples; s++) {
                if ((e0 + so0[s] | e1 + so1[s] | e2 + so2[s]) >= 0 && pixelKey + ks[s] > depth[si + s]) {
                    mask |= 1 << s;
                }
            }
            if (mask != 0) {
                sink.fragment(si, px, py, mask);
            }
        }
    }

    /**
     * Narrows a row's pixel range (relative to {@code xMin}, packed as {@code from << 32 | to}) to the pixels
     * where an edge function, {@code e} at {@code xMin} and growing by {@code step} per pixel, can be 0 or more.
     */
    private static long span(long e, long step, long range) {
        long from = range >> 32;
        long to = (int) range;
        if (step > 0) {
            if (e < 0) {
                from = Math.max(from, (-e + step - 1) / step);
            }
        } else if (step < 0) {
            to = e < 0 ? -1 : Math.min(to, e / -step);
        } else if (e < 0) {
            to = -1;
        }
        return from << 32 | (to & 0xFFFFFFFFL);
    }
}
