package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.SceneItem;
import ai.fvgs.render.Vec3;
import ai.fvgs.sdk.RgbaImage;

/** Bad input is rejected up front with a message that names the value and what is allowed. */
class SceneValidationTest {

    private static final Camera CAMERA = new Camera(new Vec3(0, 0, 3), Vec3.ZERO, new Vec3(0, 1, 0), 40, 0.1, 10);

    private static void assertMessage(Class<? extends Throwable> type, String part, org.junit.jupiter.api.function.Executable e) {
        Throwable t = assertThrows(type, e);
        assertTrue(t.getMessage().contains(part), "message '" + t.getMessage() + "' mentions '" + part + "'");
    }

    @Test
    void meshesMustBeConsistent() {
        float[] three = new float[9];
        assertMessage(IllegalArgumentException.class, "indices[2] = 3",
                () -> new Mesh(three, three, null, new int[] {0, 1, 3}));
        assertMessage(IllegalArgumentException.class, "normals", () -> new Mesh(three, new float[6], null, new int[] {0, 1, 2}));
        assertMessage(IllegalArgumentException.class, "uvs", () -> new Mesh(three, three, new float[4], new int[] {0, 1, 2}));
        Mesh ok = new Mesh(three, three, null, new int[] {0, 1, 2});
        assertMessage(IllegalArgumentException.class, "1 triangles",
                () -> new SceneItem(ok, Material.of(0xFFFFFFFF), new int[2]));
        assertMessage(IllegalArgumentException.class, "part id -1", () -> new SceneItem(ok, Material.of(0xFFFFFFFF), -1));
    }

    @Test
    void framesAndBackgroundsMustFit() {
        assertMessage(IllegalArgumentException.class, "9000x100", () -> Scene.builder(9000, 100));
        assertMessage(IllegalArgumentException.class, "background is 10x10",
                () -> Scene.builder(20, 10).background(new RgbaImage(10, 10)));
        assertMessage(IllegalStateException.class, "camera", () -> Scene.builder(20, 10).build());
        Scene scene = Scene.builder(20, 10).camera(CAMERA).build();
        try (Renderer r = new Renderer(1)) {
            assertMessage(IllegalArgumentException.class, "10x20", () -> r.render(scene, new FrameBuffers(10, 20)));
        }
        assertMessage(IllegalArgumentException.class, "roughness 2", () -> Material.of(0xFFFFFFFF).withRoughness(2));
    }

    @Test
    void aClosedRendererRefusesToRender() {
        Scene scene = Scene.builder(20, 10).camera(CAMERA).build();
        for (int threads : new int[] {1, 2}) {
            Renderer r = new Renderer(threads);
            r.render(scene);
            r.close();
            assertMessage(IllegalStateException.class, "closed", () -> r.render(scene));
        }
        assertMessage(IllegalArgumentException.class, "threads 0", () -> new Renderer(0));
    }

    @Test
    void nonFiniteVerticesAreSkippedNotFatal() {
        float nan = Float.NaN;
        float[] pos = {0, 0, 0, 1, 0, 0, 0, 1, 0, nan, 0, 0};
        float[] nor = {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1};
        Mesh mesh = new Mesh(pos, nor, null, new int[] {0, 1, 2, 0, 3, 2});
        Scene scene = Scene.builder(32, 32).camera(CAMERA).add(mesh, Material.of(0xFFFFFFFF), 1).build();
        try (Renderer r = new Renderer(1)) {
            FrameBuffers fb = r.render(scene);
            assertTrue(fb.partId(18, 14) == 1, "the valid triangle is drawn");
        }
    }
}
