package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Light;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Vec3;
import ai.fvgs.sdk.RgbaImage;

/** Depth, part ids, normals and the matte per pixel: a sphere in front of a wall whose halves have their own ids. */
class GuidanceBuffersTest {

    private static final int W = 120;
    private static final int H = 90;
    private static final Camera CAMERA = new Camera(new Vec3(0, 0, 5), Vec3.ZERO, new Vec3(0, 1, 0), 40, 0.1, 100);

    private static FrameBuffers render(RgbaImage background) {
        Vec3 toCamera = new Vec3(0, 0, 1);
        // the wall at z = -2: its left triangle has part 9, its right one part 10
        Mesh wall = new ShapeBuilder().triangle(new Vec3(-2, -1.5, -2), new Vec3(0, 1.5, -2), new Vec3(0, -1.5, -2), toCamera)
                .triangle(new Vec3(0, -1.5, -2), new Vec3(0, 1.5, -2), new Vec3(2, -1.5, -2), toCamera).build();
        Scene scene = Scene.builder(W, H).camera(CAMERA).background(background)
                .light(Light.directional(new Vec3(0, 0, -1), 0xFFFFFF, 1))
                .add(wall, Material.of(0xFF808080), new int[] {9, 10})
                .add(new ShapeBuilder().sphere(Vec3.ZERO, 1, 64, 32).build(), Material.of(0xFFC08040), 5).build();
        try (Renderer r = new Renderer(2)) {
            return r.render(scene);
        }
    }

    private static int[] pixel(Vec3 world) {
        var p = CAMERA.project(world, W, H);
        return new int[] {(int) p.x(), (int) p.y()};
    }

    @Test
    void partIdsAndDepthPerPixel() {
        FrameBuffers fb = render(null);
        int[] centre = pixel(Vec3.ZERO);
        assertEquals(5, fb.partId(centre[0], centre[1]));
        assertEquals(4.0, fb.depth(centre[0], centre[1]), 0.01, "the sphere's front is 4 m from the camera");
        int[] left = pixel(new Vec3(-1.6, -1, -2));
        int[] right = pixel(new Vec3(1.6, -1, -2));
        assertEquals(9, fb.partId(left[0], left[1]));
        assertEquals(10, fb.partId(right[0], right[1]));
        assertEquals(7.0, fb.depth(left[0], left[1]), 1e-4, "the wall is 7 m from the camera");
        assertEquals(7.0, fb.depth(right[0], right[1]), 1e-4);
        int i = right[1] * W + right[0];
        assertEquals(1f, fb.normals()[3 * i + 2], 1e-5f, "the wall faces the camera");
        assertEquals(1f, fb.alpha(left[0], left[1]));
    }

    @Test
    void backgroundPixelsHaveNoSurface() {
        FrameBuffers fb = render(null);
        int[] corner = pixel(new Vec3(-2.3, 1.8, -2));
        int x = corner[0], y = corner[1];
        assertEquals(-1, fb.partId(x, y));
        assertEquals(Float.POSITIVE_INFINITY, fb.depth(x, y));
        assertEquals(0f, fb.alpha(x, y));
        assertEquals(0, fb.color(x, y), "transparent background");
        int i = y * W + x;
        assertEquals(0f, fb.normals()[3 * i]);
        assertEquals(0f, fb.normals()[3 * i + 2]);
    }

    @Test
    void theMatteAndGuidanceDoNotDependOnTheBackground() {
        RgbaImage studio = new RgbaImage(W, H);
        studio.fill(0xFF204060);
        FrameBuffers clear = render(null);
        FrameBuffers painted = render(studio);
        assertEquals(java.util.Arrays.toString(clear.alpha()), java.util.Arrays.toString(painted.alpha()));
        assertTrue(java.util.Arrays.equals(clear.partIds(), painted.partIds()));
        assertTrue(java.util.Arrays.equals(clear.depth(), painted.depth()));
        int[] corner = pixel(new Vec3(-2.3, 1.8, -2));
        assertEquals(0xFF204060, painted.color(corner[0], corner[1]), "the background shows where nothing is");
        int[] centre = pixel(Vec3.ZERO);
        assertEquals(clear.color(centre[0], centre[1]), painted.color(centre[0], centre[1]), "opaque surfaces hide it");
        for (int k = 0; k < W * H; k++) {
            assertEquals(0xFF, painted.color()[k] >>> 24, "over an opaque background every pixel is opaque");
        }
    }
}
