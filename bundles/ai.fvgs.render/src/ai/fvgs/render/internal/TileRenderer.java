package ai.fvgs.render.internal;

import ai.fvgs.render.FrameBuffers;

/**
 * Renders one tile of the frame: rasterizes the opaque triangles of every batch in order into the
 * visibility samples, shades each pixel once per visible triangle, blends translucent triangles in
 * submission order, and resolves the samples into the frame buffers. One instance per thread.
 */
final class TileRenderer implements TileRasterizer.FragmentSink {

    /** Relative depth-key difference up to which samples of one mesh count as one continuous surface. */
    private static final float SAME_SURFACE = 0.002f;
    /** Returned by {@link #uniformId} for a pixel whose samples see different triangles. */
    private static final int MIXED = Integer.MIN_VALUE;

    private final TileRasterizer raster;
    /** Gathers the tile's wholly covered pixels and shades them together. */
    private final DeferredShader deferred;
    private final SurfaceShader shader;
    private final PixelWriter writer;
    private final int samples;
    /** Premultiplied linear RGBA per sample, used only in tiles with translucent triangles. */
    private final float[] sampleColor;
    private GeometryPass pass;
    private TriangleBatch current;
    private int currentTriangle;

    TileRenderer(int samples, Lighting lighting) {
        this.samples = samples;
        this.raster = new TileRasterizer(samples);
        this.deferred = new DeferredShader(lighting, TileGrid.SIZE * TileGrid.SIZE);
        this.shader = new SurfaceShader(lighting, raster.offX, raster.offY);
        this.writer = new PixelWriter(lighting);
        this.sampleColor = new float[TileGrid.SIZE * TileGrid.SIZE * samples * 4];
    }

    void begin(GeometryPass geometry, FrameBuffers target, int[] background) {
        this.pass = geometry;
        shader.reset();
        deferred.reset();
        writer.begin(target, background);
    }

    void render(int tile) {
        raster.begin(pass.grid, tile);
        boolean translucent = false;
        for (int bi = 0; bi < pass.batchCount; bi++) {
            TriangleBatch b = pass.batches[bi];
            int from = b.binStart[tile];
            int to = b.binStart[tile + 1];
            if (b.item.material.translucent) {
                translucent |= to > from;
                continue;
            }
            for (int k = from; k < to; k++) {
                int t = b.binTriangles[k];
                if (raster.setup(b, t)) {
                    raster.draw(bi << 16 | t, null);
                }
            }
        }
        if (translucent) {
            shadeSamples();
            blendTranslucent(tile);
            resolveSamples();
        } else {
            resolveOpaque();
        }
    }

    /**
     * Resolves a tile without translucent surfaces. Along each row, runs of pixels whose samples all see the
     * background are copied, runs whose samples all see one triangle are gathered for deferred shading, and the
     * pixels in between (edges) are resolved one by one. Then the gathered pixels are lit and written.
     */
    private void resolveOpaque() {
        deferred.clear();
        int x1 = raster.tileX + raster.tileW;
        for (int py = raster.tileY; py < raster.tileY + raster.tileH; py++) {
            int px = raster.tileX;
            while (px < x1) {
                int id = uniformId(px, py);
                if (id == MIXED) {
                    resolveMixed(raster.sampleIndex(px, py), px, py);
                    px++;
                    continue;
                }
                int end = px + 1;
                while (end < x1 && uniformId(end, py) == id) {
                    end++;
                }
                if (id < 0) {
                    writer.background(px, py, end - px);
                } else {
                    shadeRun(id, px, end, py);
                }
                px = end;
            }
        }
        deferred.light();
        writer.surfaces(deferred);
    }

    /** @return the id all samples of the pixel see (-1 for the background), or {@link #MIXED} */
    private int uniformId(int px, int py) {
        int[] ids = raster.ids;
        int si = raster.sampleIndex(px, py);
        int id = ids[si];
        for (int s = 1; s < samples; s++) {
            if (ids[si + s] != id) {
                return MIXED;
            }
        }
        return id;
    }

    /** Gathers pixels {@code from..to-1} of row {@code py}, which one triangle covers wholly, at their centres. */
    private void shadeRun(int id, int from, int to, int py) {
        TriangleBatch b = pass.batches[id >>> 16];
        int t = id & 0xFFFF;
        int half = 1 << Projection.SUBPIXEL_BITS - 1;
        double cy = ((long) py << Projection.SUBPIXEL_BITS) + half;
        int part = b.item.item.partOf(b.source[t]);
        int first = deferred.count;
        int row = py * pass.grid.width;
        for (int i = 0; i < to - from; i++) {
            deferred.pointX[first + i] = ((long) (from + i) << Projection.SUBPIXEL_BITS) + half;
            deferred.pointY[first + i] = cy;
            deferred.pixel[first + i] = row + from + i;
            deferred.part[first + i] = part;
        }
        deferred.surface(b, t, to - from);
    }

    /**
     * A pixel whose samples see different triangles (or some see none). If all covered samples lie on one
     * continuous surface (an edge between neighbouring triangles of one mesh), the surface is shaded once;
     * otherwise (a silhouette over another surface) each triangle is shaded once and weighted by its samples.
     */
    private void resolveMixed(int si, int px, int py) {
        int nearest = nearestSample(si);
        int covered = 0;
        float r = 0, g = 0, b = 0;
        if (oneSurface(si, nearest)) {
            int id = raster.ids[si + nearest];
            covered = samples;
            for (int s = 0; s < samples; s++) {
                covered -= raster.ids[si + s] < 0 ? 1 : 0;
            }
            shadeVisible(si, nearest, id, px, py, nearest);
            r = shader.red;
            g = shader.green;
            b = shader.blue;
            writer.color(px, py, r, g, b, (float) covered / samples);
            return;
        }
        for (int s = 0; s < samples; s++) {
            int id = raster.ids[si + s];
            if (id < 0 || seenBefore(si, s, id)) {
                continue;
            }
            int n = shadeVisible(si, s, id, px, py, nearest);
            covered += n;
            r += n * shader.red;
            g += n * shader.green;
            b += n * shader.blue;
        }
        float inv = 1f / covered;
        writer.color(px, py, r * inv, g * inv, b * inv, (float) covered / samples);
    }

    /**
     * @return whether every covered sample shows a triangle that shares a mesh vertex with the nearest one
     *         (so position, normal and texture coordinates are continuous across their edge), at a depth key
     *         within {@value #SAME_SURFACE} (relative) of it: no silhouette, fold or crease crosses the pixel
     */
    private boolean oneSurface(int si, int nearest) {
        int[] ids = raster.ids;
        int near = ids[si + nearest];
        float key = raster.depth[si + nearest];
        float tolerance = Math.abs(key) * SAME_SURFACE;
        for (int s = 0; s < samples; s++) {
            int id = ids[si + s];
            if (id >= 0 && id != near && (key - raster.depth[si + s] > tolerance || !neighbours(near, id))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether two triangles of the pass belong to one mesh and share a mesh vertex */
    private boolean neighbours(int idA, int idB) {
        TriangleBatch a = pass.batches[idA >>> 16];
        TriangleBatch b = pass.batches[idB >>> 16];
        if (a.item != b.item) {
            return false;
        }
        int ia = 3 * (idA & 0xFFFF), ib = 3 * (idB & 0xFFFF);
        for (int i = 0; i < 3; i++) {
            int r = a.ref[ia + i];
            if (r >= 0 && (r == b.ref[ib] || r == b.ref[ib + 1] || r == b.ref[ib + 2])) {
                return true;
            }
        }
        return false;
    }

    /** @return the sample with the nearest surface, or -1 if none is covered */
    private int nearestSample(int si) {
        int nearest = -1;
        float key = Float.NEGATIVE_INFINITY;
        for (int s = 0; s < samples; s++) {
            if (raster.ids[si + s] >= 0 && raster.depth[si + s] > key) {
                key = raster.depth[si + s];
                nearest = s;
            }
        }
        return nearest;
    }

    private boolean seenBefore(int si, int s, int id) {
        for (int k = 0; k < s; k++) {
            if (raster.ids[si + k] == id) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shades triangle {@code id} (first seen at sample {@code s}) at the pixel, writes the guidance buffers if it
     * is the nearest, and counts its samples.
     */
    private int shadeVisible(int si, int s, int id, int px, int py, int nearest) {
        int mask = 0;
        int n = 0;
        for (int k = 0; k < samples; k++) {
            if (raster.ids[si + k] == id) {
                mask |= 1 << k;
                n++;
            }
        }
        TriangleBatch b = pass.batches[id >>> 16];
        int t = id & 0xFFFF;
        shader.shade(b, t, px, py, mask);
        if (raster.ids[si + nearest] == id) {
            writer.guidance(px, py, shader, b.item.item.partOf(b.source[t]));
        }
        return n;
    }

    private void shadeSamples() {
        for (int py = raster.tileY; py < raster.tileY + raster.tileH; py++) {
            for (int px = raster.tileX; px < raster.tileX + raster.tileW; px++) {
                int si = raster.sampleIndex(px, py);
                int nearest = nearestSample(si);
                if (nearest < 0) {
                    writer.background(px, py);
                }
                for (int s = 0; s < samples; s++) {
                    int id = raster.ids[si + s];
                    int o = 4 * (si + s);
                    if (id < 0) {
                        sampleColor[o] = sampleColor[o + 1] = sampleColor[o + 2] = sampleColor[o + 3] = 0;
                    } else if (!seenBefore(si, s, id)) {
                        shadeVisible(si, s, id, px, py, nearest);
                        for (int k = s; k < samples; k++) {
                            if (raster.ids[si + k] == id) {
                                int ok = 4 * (si + k);
                                sampleColor[ok] = shader.red;
                                sampleColor[ok + 1] = shader.green;
                                sampleColor[ok + 2] = shader.blue;
                                sampleColor[ok + 3] = 1;
                            }
                        }
                    }
                }
            }
        }
    }

    private void blendTranslucent(int tile) {
        for (int bi = 0; bi < pass.batchCount; bi++) {
            TriangleBatch b = pass.batches[bi];
            if (!b.item.material.translucent) {
                continue;
            }
            current = b;
            for (int k = b.binStart[tile]; k < b.binStart[tile + 1]; k++) {
                currentTriangle = b.binTriangles[k];
                if (raster.setup(b, currentTriangle)) {
                    raster.draw(0, this);
                }
            }
        }
    }

    @Override
    public void fragment(int sampleIndex, int px, int py, int mask) {
        shader.shade(current, currentTriangle, px, py, mask);
        float a = shader.alpha;
        float keep = 1 - a;
        for (int s = 0; s < samples; s++) {
            if ((mask & 1 << s) != 0) {
                int o = 4 * (sampleIndex + s);
                sampleColor[o] = shader.red * a + sampleColor[o] * keep;
                sampleColor[o + 1] = shader.green * a + sampleColor[o + 1] * keep;
                sampleColor[o + 2] = shader.blue * a + sampleColor[o + 2] * keep;
                sampleColor[o + 3] = a + sampleColor[o + 3] * keep;
            }
        }
    }

    private void resolveSamples() {
        for (int py = raster.tileY; py < raster.tileY + raster.tileH; py++) {
            for (int px = raster.tileX; px < raster.tileX + raster.tileW; px++) {
                int o = 4 * raster.sampleIndex(px, py);
                float r = 0, g = 0, b = 0, a = 0;
                for (int s = 0; s < samples; s++, o += 4) {
                    r += sampleColor[o];
                    g += sampleColor[o + 1];
                    b += sampleColor[o + 2];
                    a += sampleColor[o + 3];
                }
                if (a > 0) {
                    float inv = 1f / a;
                    writer.color(px, py, r * inv, g * inv, b * inv, a / samples);
                } else {
                    writer.backgroundColor(px, py);
                }
            }
        }
    }
}
