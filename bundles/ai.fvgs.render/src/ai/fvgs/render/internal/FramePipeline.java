package ai.fvgs.render.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Light;
import ai.fvgs.render.Material;
import ai.fvgs.render.Scene;
import ai.fvgs.render.SceneItem;
import ai.fvgs.render.Texture;

/**
 * Renders frames: prepares materials, renders a shadow map per shadow-casting light, then the camera pass.
 * Each pass runs its stages in parallel (vertices, triangle batches, tiles) with a barrier between stages;
 * within a stage every unit of work writes only its own outputs, so the frame does not depend on the
 * number of threads. Not thread-safe: the public {@code Renderer} serialises calls.
 */
public final class FramePipeline implements AutoCloseable {

    private final WorkerPool pool;
    private final int samples;
    private final int shadowMapSize;
    private final TriangleSetup[] setups;
    private final TileRenderer[] tileRenderers;
    private final TileRasterizer[] shadowRasters;
    private final Lighting lighting = new Lighting();
    private final GeometryPass camera = new GeometryPass();
    private final GeometryPass shadow = new GeometryPass();
    private final Map<Texture, MipChain> textures = new WeakHashMap<>();
    private ShadowMap[] shadowMaps = new ShadowMap[0];
    private boolean closed;

    /**
     * @param threads       threads per frame, the caller included
     * @param samples       coverage samples per pixel, 1 or 4
     * @param shadowMapSize texels per side of each shadow map
     */
    public FramePipeline(int threads, int samples, int shadowMapSize) {
        this.pool = new WorkerPool(threads);
        this.samples = samples;
        this.shadowMapSize = shadowMapSize;
        this.setups = new TriangleSetup[threads];
        this.tileRenderers = new TileRenderer[threads];
        this.shadowRasters = new TileRasterizer[threads];
        for (int i = 0; i < threads; i++) {
            setups[i] = new TriangleSetup();
            tileRenderers[i] = new TileRenderer(samples, lighting);
            shadowRasters[i] = new TileRasterizer(1, true);
        }
    }

    /** Renders {@code scene} into {@code target}, which has the scene's size. */
    public void render(Scene scene, FrameBuffers target) {
        if (closed) {
            throw new IllegalStateException("the renderer is closed");
        }
        camera.clear();
        shadow.clear();
        for (SceneItem item : scene.items()) {
            SurfaceMaterial m = prepare(item.material());
            camera.add(item, m);
            if (m.castsShadows) {
                shadow.add(item, m);
            }
        }
        lighting.set(scene, renderShadowMaps(scene.lights()));
        int w = scene.width();
        int h = scene.height();
        camera.prepare(Projection.perspective(scene.camera().viewProjection(w, h), w, h), new TileGrid(w, h), pool, setups);
        int[] background = scene.background() == null ? null : scene.background().pixels();
        for (TileRenderer r : tileRenderers) {
            r.begin(camera, target, background);
        }
        pool.run(camera.grid.count(), (tile, slot) -> tileRenderers[slot].render(tile));
    }

    private SurfaceMaterial prepare(Material material) {
        Texture t = material.texture();
        MipChain chain = t == null ? null : textures.computeIfAbsent(t, MipChain::new);
        return new SurfaceMaterial(material, chain);
    }

    /** @return per light its shadow map, or {@code null} where it casts none or nothing casts a shadow */
    private ShadowMap[] renderShadowMaps(List<Light> lights) {
        if (shadowMaps.length < lights.size()) {
            shadowMaps = Arrays.copyOf(shadowMaps, lights.size());
        }
        ShadowMap[] active = new ShadowMap[lights.size()];
        for (int l = 0; l < lights.size(); l++) {
            Light light = lights.get(l);
            if (!light.castsShadows() || shadow.itemCount() == 0) {
                continue;
            }
            if (shadowMaps[l] == null) {
                shadowMaps[l] = new ShadowMap(shadowMapSize);
            }
            ShadowMap map = shadowMaps[l];
            Projection p = map.fit(shadow.items(), light.direction());
            if (p == null) {
                continue;
            }
            shadow.prepare(p, new TileGrid(map.viewWidth, map.viewHeight), pool, setups);
            pool.run(shadow.grid.count(), (tile, slot) -> rasterizeShadowTile(map, tile, slot));
            active[l] = map;
        }
        return active;
    }

    private void rasterizeShadowTile(ShadowMap map, int tile, int slot) {
        TileRasterizer r = shadowRasters[slot];
        r.begin(shadow.grid, tile);
        for (int bi = 0; bi < shadow.batchCount; bi++) {
            TriangleBatch b = shadow.batches[bi];
            for (int k = b.binStart[tile]; k < b.binStart[tile + 1]; k++) {
                if (r.setup(b, b.binTriangles[k])) {
                    r.draw(0, null);
                }
            }
        }
        map.store(r);
    }

    @Override
    public void close() {
        closed = true;
        pool.close();
    }
}
