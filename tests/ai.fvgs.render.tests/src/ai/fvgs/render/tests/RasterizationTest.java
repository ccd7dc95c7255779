package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Antialiasing;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Vec3;

/** Which pixels a triangle covers: the top-left fill rule, shared edges, depth order, culling, clipping. */
class RasterizationTest {

    private static final Vec3 TOWARDS_CAMERA = new Vec3(0, 0, 1);
    private static final RenderSettings ONE_SAMPLE = RenderSettings.DEFAULT.withAntialiasing(Antialiasing.NONE);

    private final PixelPlane plane = new PixelPlane(8);

    private Mesh triangle(double... pixelXY) {
        return new ShapeBuilder().triangle(plane.at(pixelXY[0], pixelXY[1]), plane.at(pixelXY[2], pixelXY[3]),
                plane.at(pixelXY[4], pixelXY[5]), TOWARDS_CAMERA).build();
    }

    private static FrameBuffers render(Scene scene) {
        try (Renderer r = new Renderer(1, ONE_SAMPLE)) {
            return r.render(scene);
        }
    }

    private static Set<String> pixelsOf(FrameBuffers fb, int part) {
        Set<String> s = new TreeSet<>();
        for (int y = 0; y < fb.height(); y++) {
            for (int x = 0; x < fb.width(); x++) {
                if (fb.partId(x, y) == part) {
                    s.add(x + "," + y);
                }
            }
        }
        return s;
    }

    private static Set<String> expected(java.util.function.BiPredicate<Integer, Integer> inside) {
        Set<String> s = new TreeSet<>();
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                if (inside.test(x, y)) {
                    s.add(x + "," + y);
                }
            }
        }
        return s;
    }

    @Test
    void topAndLeftEdgesThroughPixelCentresAreInsideTheOthersAreNot() {
        // corners on pixel centres: the top edge (row 0) and the left edge (column 0) pass through centres
        // and are included; the hypotenuse also passes through centres (x + y = 4) and is excluded
        Scene upperLeft = Scene.builder(8, 8).camera(plane.camera())
                .add(triangle(0.5, 0.5, 4.5, 0.5, 0.5, 4.5), Material.of(0xFFFFFFFF), 1).build();
        assertEquals(expected((x, y) -> x + y < 4), pixelsOf(render(upperLeft), 1));

        // the other half of the square: the hypotenuse is now a left edge (included), the right edge x = 4.5
        // and the bottom edge y = 4.5 are excluded
        Scene lowerRight = Scene.builder(8, 8).camera(plane.camera())
                .add(triangle(4.5, 0.5, 4.5, 4.5, 0.5, 4.5), Material.of(0xFFFFFFFF), 2).build();
        assertEquals(expected((x, y) -> x + y >= 4 && x <= 3 && y <= 3), pixelsOf(render(lowerRight), 2));
    }

    @Test
    void twoTrianglesSharingAnEdgeDrawEveryPixelOfTheSquareExactlyOnce() {
        // translucent, so a pixel drawn twice would show a higher alpha
        Material half = Material.of(0x80FF0000);
        float once = 0x80 / 255f;
        Scene scene = Scene.builder(8, 8).camera(plane.camera())
                .add(triangle(0.5, 0.5, 4.5, 0.5, 0.5, 4.5), half, 1)
                .add(triangle(4.5, 0.5, 4.5, 4.5, 0.5, 4.5), half, 2).build();
        FrameBuffers fb = render(scene);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                float want = x <= 3 && y <= 3 ? once : 0f;
                assertEquals(want, fb.alpha(x, y), 1e-6, "alpha of pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aFanOfTrianglesAroundAnOffCentrePointLeavesNoGapAndNoOverlap() {
        int size = 96;
        PixelPlane big = new PixelPlane(size);
        Material half = Material.of(0x80FFFFFF);
        ShapeBuilder fan = new ShapeBuilder();
        double cx = 47.3, cy = 45.81, radius = 40;
        int n = 13;
        for (int i = 0; i < n; i++) {
            double a0 = 2 * Math.PI * i / n + 0.1, a1 = 2 * Math.PI * (i + 1) / n + 0.1;
            fan.triangle(big.at(cx, cy), big.at(cx + radius * StrictMath.cos(a0), cy + radius * StrictMath.sin(a0)),
                    big.at(cx + radius * StrictMath.cos(a1), cy + radius * StrictMath.sin(a1)), TOWARDS_CAMERA);
        }
        Scene scene = Scene.builder(size, size).camera(big.camera()).add(fan.build(), half, 1).build();
        FrameBuffers fb = render(scene);
        float once = 0x80 / 255f;
        int inner = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                assertTrue(fb.alpha(x, y) <= once + 1e-6, "pixel " + x + "," + y + " drawn more than once");
                if (d < radius * StrictMath.cos(Math.PI / n) - 0.01) {
                    assertEquals(once, fb.alpha(x, y), 1e-6, "pixel " + x + "," + y + " inside the fan");
                    inner++;
                }
            }
        }
        assertTrue(inner > 4000, "the fan covers many pixels: " + inner);
    }

    @Test
    void theNearerTriangleWinsWhateverTheOrder() {
        PixelPlane p = new PixelPlane(32);
        Mesh near = new ShapeBuilder().quad(new Vec3(-0.6, -0.6, -0.5), new Vec3(0.4, -0.6, -0.5), new Vec3(0.4, 0.4, -0.5),
                new Vec3(-0.6, 0.4, -0.5), TOWARDS_CAMERA).build();
        Mesh far = new ShapeBuilder().quad(new Vec3(-0.3, -0.3, -1), new Vec3(0.9, -0.3, -1), new Vec3(0.9, 0.9, -1),
                new Vec3(-0.3, 0.9, -1), TOWARDS_CAMERA).build();
        Material m = Material.of(0xFF808080);
        Scene nearFirst = Scene.builder(32, 32).camera(p.camera()).add(near, m, 1).add(far, m, 2).build();
        Scene farFirst = Scene.builder(32, 32).camera(p.camera()).add(far, m, 2).add(near, m, 1).build();
        for (Scene s : new Scene[] {nearFirst, farFirst}) {
            FrameBuffers fb = render(s);
            // pixel (17, 14) sees both quads: the near one (depth 1.5) hides the far one (depth 2)
            assertEquals(1, fb.partId(17, 14));
            assertEquals(1.5f, fb.depth(17, 14), 1e-5f);
            // only the far quad reaches pixel (22, 10)
            assertEquals(2, fb.partId(22, 10));
            assertEquals(2f, fb.depth(22, 10), 1e-5f);
        }
    }

    @Test
    void singleSidedSurfacesAreCulledFromBehindDoubleSidedOnesAreNotAndFaceTheCamera() {
        PixelPlane p = new PixelPlane(16);
        Vec3 away = new Vec3(0, 0, -1);
        Mesh back = new ShapeBuilder().quad(new Vec3(-0.5, -0.5, 0), new Vec3(0.5, -0.5, 0), new Vec3(0.5, 0.5, 0),
                new Vec3(-0.5, 0.5, 0), away).build();
        FrameBuffers culled = render(Scene.builder(16, 16).camera(p.camera()).add(back, Material.of(0xFFFFFFFF), 1).build());
        assertEquals(-1, culled.partId(8, 8));
        FrameBuffers drawn = render(Scene.builder(16, 16).camera(p.camera())
                .add(back, Material.of(0xFFFFFFFF).withDoubleSided(true), 1).build());
        assertEquals(1, drawn.partId(8, 8));
        int i = 8 * 16 + 8;
        assertEquals(1f, drawn.normals()[3 * i + 2], 1e-5f, "the back face's normal is turned towards the camera");
    }

    @Test
    void aFloorReachingBehindTheCameraIsClippedAtTheNearPlane() {
        int w = 64, h = 48;
        ai.fvgs.render.Camera camera = new ai.fvgs.render.Camera(new Vec3(0, 1, 0), new Vec3(0, 1, -1), new Vec3(0, 1, 0), 60,
                0.1, 1000);
        Mesh floor = new ShapeBuilder().quad(new Vec3(-100, 0, 100), new Vec3(100, 0, 100), new Vec3(100, 0, -100),
                new Vec3(-100, 0, -100), new Vec3(0, 1, 0)).build();
        FrameBuffers fb = render(Scene.builder(w, h).camera(camera).add(floor, Material.of(0xFF808080), 3).build());
        double tanHalf = StrictMath.tan(Math.toRadians(30));
        for (int y = 0; y < h; y++) {
            double ndcY = 1 - 2 * (y + 0.5) / h;
            // the view ray through this row meets the floor (1 below the camera) at depth 1 / (-ndcY * tan)
            double hitDepth = ndcY < 0 ? 1 / (-ndcY * tanHalf) : Double.POSITIVE_INFINITY;
            boolean floorVisible = hitDepth < 99;
            for (int x = 0; x < w; x++) {
                assertEquals(floorVisible ? 3 : -1, fb.partId(x, y), "part at " + x + "," + y);
                if (floorVisible) {
                    // vertices snap to 1/256 pixel; near the horizon that moves the depth the most
                    double tolerance = hitDepth * (1e-4 + (1.0 / 256) * (2.0 / h) / Math.abs(ndcY));
                    assertEquals(hitDepth, fb.depth(x, y), tolerance, "depth at " + x + "," + y);
                }
            }
        }
    }
}
