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
    /** Gathers the tile's pixels wholly covered by shadow catchers. */
    private final DeferredShader catchers;
    /**
     * Gathers the tile's edge pixels whose covered samples lie on one continuous surface, shaded once each, with
     * their coverage and the shadow catchers' shadow under them.
     */
    private final DeferredShader edges;
    private final float[] edgeCoverage;
    private final float[] edgeShadow;
    /** Per sample, in tiles with translucent triangles: the alpha of a shadow catcher's shadow, 0 elsewhere. */
    private final float[] sampleShadow;
    private final SurfaceShader shader;
    private final PixelWriter writer;
    private final int samples;
    /** Premultiplied linear RGBA per sample, used only in tiles with translucent triangles. */
    private final float[] sampleColor;
    /** Writes the tiles that show only the background at once. */
    private final BackgroundTiles backgroundTiles = new BackgroundTiles();
    /** A run's ends (1/256 pixel) handed to {@link DeferredShader#catcherMayBeShadowed}. */
    private final double[] runX = new double[2];
    private final double[] runY = new double[2];
    private GeometryPass pass;
    private TriangleBatch current;
    private int currentTriangle;

    TileRenderer(int samples, Lighting lighting) {
        this.samples = samples;
        this.raster = new TileRasterizer(samples);
        this.deferred = new DeferredShader(lighting, TileGrid.SIZE * TileGrid.SIZE);
        this.catchers = new DeferredShader(lighting, TileGrid.SIZE * TileGrid.SIZE);
        this.edges = new DeferredShader(lighting, TileGrid.SIZE * TileGrid.SIZE);
        this.edgeCoverage = new float[TileGrid.SIZE * TileGrid.SIZE];
        this.edgeShadow = new float[TileGrid.SIZE * TileGrid.SIZE];
        this.shader = new SurfaceShader(lighting, raster.offX, raster.offY);
        this.sampleShadow = new float[TileGrid.SIZE * TileGrid.SIZE * samples];
        this.writer = new PixelWriter(lighting);
        this.sampleColor = new float[TileGrid.SIZE * TileGrid.SIZE * samples * 4];
    }

    void begin(GeometryPass geometry, FrameBuffers target, int[] background) {
        this.pass = geometry;
        shader.reset();
        deferred.reset();
        catchers.reset();
        edges.reset();
        writer.begin(target, background);
    }

    void render(int tile) {
        if (backgroundTiles.write(pass, tile, writer, catchers)) {
            return;
        }
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
     * pixels in between (edges) are resolved one by one, those on one continuous surface gathered as well. Then
     * the gathered pixels are lit and written.
     */
    private void resolveOpaque() {
        deferred.clear();
        catchers.clear();
        edges.clear();
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
        catchers.catcherShadows();
        writer.catchers(catchers);
        edges.light();
        writer.edges(edges, edgeCoverage, edgeShadow);
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

    /**
     * Gathers pixels {@code from..to-1} of row {@code py}, which one triangle covers wholly, at their centres:
     * for lighting, or for their shadow where the triangle is a shadow catcher's; a shadow catcher's run that no
     * shadow map can reach is written at once.
     */
    private void shadeRun(int id, int from, int to, int py) {
        TriangleBatch b = pass.batches[id >>> 16];
        int t = id & 0xFFFF;
        DeferredShader target = b.item.material.shadowCatcher ? catchers : deferred;
        int half = 1 << Projection.SUBPIXEL_BITS - 1;
        double cy = ((long) py << Projection.SUBPIXEL_BITS) + half;
        if (target == catchers) {
            runX[0] = ((long) from << Projection.SUBPIXEL_BITS) + half;
            runX[1] = ((long) (to - 1) << Projection.SUBPIXEL_BITS) + half;
            runY[0] = runY[1] = cy;
            if (!catchers.catcherMayBeShadowed(b, t, runX, runY, 2)) {
                writer.unshadowedCatcher(from, py, to - from);
                return;
            }
        }
        int part = b.item.item.partOf(b.source[t]);
        int first = target.count;
        int row = py * pass.grid.width;
        for (int i = 0; i < to - from; i++) {
            target.pointX[first + i] = ((long) (from + i) << Projection.SUBPIXEL_BITS) + half;
            target.pointY[first + i] = cy;
            target.pixel[first + i] = row + from + i;
            target.part[first + i] = part;
        }
        target.surface(b, t, to - from);
    }

    /** @return whether the id is a triangle of a shadow catcher */
    private boolean isCatcher(int id) {
        return id >= 0 && pass.batches[id >>> 16].item.material.shadowCatcher;
    }

    /**
     * A pixel whose samples see different triangles (or some see none). Samples on shadow catchers darken the
     * background under the other surfaces. If all other covered samples lie on one continuous surface (an edge
     * between neighbouring triangles of one mesh), it is shaded once; otherwise (a silhouette over another
     * surface) each triangle is shaded once and weighted by its samples.
     */
    private void resolveMixed(int si, int px, int py) {
        float shadow = catcherShadow(si, px, py);
        int nearest = nearestSample(si);
        if (nearest < 0) {
            writer.background(px, py);
            writer.color(px, py, 0f, 0f, 0f, 0f, shadow);
            return;
        }
        int covered = 0;
        float r = 0, g = 0, b = 0;
        if (oneSurface(si, nearest)) {
            for (int s = 0; s < samples; s++) {
                int id = raster.ids[si + s];
                covered += id >= 0 && !isCatcher(id) ? 1 : 0;
            }
            gatherEdge(si, raster.ids[si + nearest], px, py, (float) covered / samples, shadow);
            return;
        }
        for (int s = 0; s < samples; s++) {
            int id = raster.ids[si + s];
            if (id < 0 || isCatcher(id) || seenBefore(si, s, id)) {
                continue;
            }
            int n = shadeVisible(si, s, id, px, py, nearest);
            covered += n;
            r += n * shader.red;
            g += n * shader.green;
            b += n * shader.blue;
        }
        float inv = 1f / covered;
        writer.color(px, py, r * inv, g * inv, b * inv, (float) covered / samples, shadow);
    }

    /**
     * Gathers an edge pixel on one continuous surface for {@link #edges}: triangle {@code id}, evaluated where
     * {@link SurfaceShader#shade} would evaluate it for the samples that see it.
     */
    private void gatherEdge(int si, int id, int px, int py, float coverage, float shadow) {
        int mask = 0;
        for (int k = 0; k < samples; k++) {
            mask |= raster.ids[si + k] == id ? 1 << k : 0;
        }
        TriangleBatch b = pass.batches[id >>> 16];
        int t = id & 0xFFFF;
        int at = edges.count;
        shader.place(b, t, px, py, mask, edges, at);
        edges.pixel[at] = py * pass.grid.width + px;
        edges.part[at] = b.item.item.partOf(b.source[t]);
        edgeCoverage[at] = coverage;
        edgeShadow[at] = shadow;
        edges.surface(b, t, 1);
    }

    /**
     * @return the alpha of the shadow that shadow catchers lay over the pixel's background under its other
     *         surfaces: the shadow of the first catcher triangle seen, weighted by the share of the samples not on
     *         other surfaces that see a catcher; 0 if no sample does
     */
    private float catcherShadow(int si, int px, int py) {
        int first = -1;
        int mask = 0;
        int catcherSamples = 0;
        int free = 0;
        for (int s = 0; s < samples; s++) {
            int id = raster.ids[si + s];
            if (isCatcher(id)) {
                first = first < 0 ? id : first;
                mask |= id == first ? 1 << s : 0;
                catcherSamples++;
                free++;
            } else if (id < 0) {
                free++;
            }
        }
        if (first < 0) {
            return 0f;
        }
        shader.shade(pass.batches[first >>> 16], first & 0xFFFF, px, py, mask);
        return shader.alpha * catcherSamples / free;
    }

    /**
     * @return whether every covered sample not on a shadow catcher shows a triangle that shares a mesh vertex
     *         with the nearest one (so position, normal and texture coordinates are continuous across their edge),
     *         at a depth key within {@value #SAME_SURFACE} (relative) of it: no silhouette, fold or crease crosses
     *         the pixel
     */
    private boolean oneSurface(int si, int nearest) {
        int[] ids = raster.ids;
        int near = ids[si + nearest];
        float key = raster.depth[si + nearest];
        float tolerance = Math.abs(key) * SAME_SURFACE;
        for (int s = 0; s < samples; s++) {
            int id = ids[si + s];
            if (id >= 0 && id != near && !isCatcher(id)
                    && (key - raster.depth[si + s] > tolerance || !neighbours(near, id))) {
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

    /** @return the sample with the nearest surface other than a shadow catcher, or -1 if none is covered */
    private int nearestSample(int si) {
        int nearest = -1;
        float key = Float.NEGATIVE_INFINITY;
        for (int s = 0; s < samples; s++) {
            int id = raster.ids[si + s];
            if (id >= 0 && raster.depth[si + s] > key && !isCatcher(id)) {
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
                shadeCatcherSamples(si, px, py);
                for (int s = 0; s < samples; s++) {
                    int id = raster.ids[si + s];
                    int o = 4 * (si + s);
                    if (id < 0 || isCatcher(id)) {
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

    /** Records per sample the alpha of the shadow of the shadow catcher it sees (0 where it sees none). */
    private void shadeCatcherSamples(int si, int px, int py) {
        for (int s = 0; s < samples; s++) {
            int id = raster.ids[si + s];
            if (isCatcher(id) && !seenBefore(si, s, id)) {
                int mask = 0;
                for (int k = s; k < samples; k++) {
                    mask |= raster.ids[si + k] == id ? 1 << k : 0;
                }
                shader.shade(pass.batches[id >>> 16], id & 0xFFFF, px, py, mask);
                for (int k = s; k < samples; k++) {
                    if ((mask & 1 << k) != 0) {
                        sampleShadow[si + k] = shader.alpha;
                    }
                }
            } else if (!isCatcher(id)) {
                sampleShadow[si + s] = 0f;
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
                int si = raster.sampleIndex(px, py);
                int o = 4 * si;
                float r = 0, g = 0, b = 0, a = 0, shadow = 0;
                for (int s = 0; s < samples; s++, o += 4) {
                    r += sampleColor[o];
                    g += sampleColor[o + 1];
                    b += sampleColor[o + 2];
                    a += sampleColor[o + 3];
                    shadow += sampleShadow[si + s];
                }
                if (a > 0 || shadow > 0) {
                    float inv = a > 0 ? 1f / a : 0f;
                    // the catchers' shadows lie under the surfaces: weighted by the samples they are seen in
                    float under = samples - a;
                    writer.color(px, py, r * inv, g * inv, b * inv, a / samples, under > 0 ? shadow / under : 0f);
                } else {
                    writer.backgroundColor(px, py);
                }
            }
        }
    }
}
