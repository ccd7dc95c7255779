package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.SceneItem;
import ai.fvgs.render.Vec3;

/**
 * The same scene gives byte-identical buffers whatever the number of threads, and on every run: the
 * reference scene of 54,080 triangles (shadows, textures, a double-sided garment) plus a translucent veil, and
 * a production-like frame with a shadow-catching floor over a painted background.
 */
class DeterminismTest {

    private static final int W = 960;
    private static final int H = 540;

    private static Scene scene(boolean background) {
        ReferenceScene reference = new ReferenceScene();
        Scene base = reference.scene(W, H, background ? ReferenceScene.studioBackground(W, H) : null);
        Scene.Builder b = Scene.builder(W, H).camera(base.camera()).background(base.background())
                .ambient(base.ambientColor(), base.ambientIntensity());
        base.lights().forEach(b::light);
        for (SceneItem item : base.items()) {
            b.add(item);
        }
        var veil = new ShapeBuilder().cone(Vec3.ZERO, 1.45, 0.25, 0.9, 0.5, 48, 8).build();
        return b.add(veil, Material.of(0x66A0C8FF).withDoubleSided(true), 300).build();
    }

    private static Map<String, String> hashes(Scene scene, int threads) {
        try (Renderer r = new Renderer(threads)) {
            FrameBuffers first = r.render(scene);
            FrameBuffers again = new FrameBuffers(W, H);
            r.render(scene, again);
            assertEquals(BufferHashes.of(first), BufferHashes.of(again), "rendering twice with " + threads + " threads");
            return BufferHashes.of(first);
        }
    }

    @Test
    void everyBufferIsIdenticalWithOneTwoAndFourThreads() {
        Scene scene = scene(true);
        assertTrue(new ReferenceScene().triangleCount() > 50_000);
        Map<String, String> one = hashes(scene, 1);
        assertEquals(one, hashes(scene, 2), "2 threads");
        assertEquals(one, hashes(scene, 4), "4 threads");
    }

    @Test
    void transparentBackgroundFramesAreIdenticalToo() {
        Scene scene = scene(false);
        Map<String, String> one = hashes(scene, 1);
        assertEquals(one, hashes(scene, 3), "3 threads");
        assertNotEquals(one.get("color"), hashes(scene(true), 1).get("color"), "the hash does see the background");
    }

    @Test
    void productionFramesAreIdenticalAndOverwriteEveryPixel() {
        Scene scene = new ProductionScene().scene(W, H, ProductionScene.background(W, H), true, true);
        Map<String, String> one = hashes(scene, 1);
        assertEquals(one, hashes(scene, 2), "2 threads");
        assertEquals(one, hashes(scene, 3), "3 threads");
        // tiles that show only the background (or an unshadowed catcher) take a shortcut: it must write all buffers
        FrameBuffers dirty = new FrameBuffers(W, H);
        java.util.Arrays.fill(dirty.color(), 0x12345678);
        java.util.Arrays.fill(dirty.depth(), 0.5f);
        java.util.Arrays.fill(dirty.normals(), 0.25f);
        java.util.Arrays.fill(dirty.partIds(), 77);
        java.util.Arrays.fill(dirty.alpha(), 0.75f);
        try (Renderer r = new Renderer(2)) {
            r.render(scene, dirty);
        }
        assertEquals(one, BufferHashes.of(dirty), "rendering into a buffer that held other content");
    }
}
