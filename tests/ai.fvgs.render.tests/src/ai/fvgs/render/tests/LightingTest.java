package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Antialiasing;
import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Light;
import ai.fvgs.render.Material;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Vec3;

/** Diffuse lighting follows the light's direction, and the normals buffer holds the true surface normals. */
class LightingTest {

    private static final int SIZE = 128;
    private static final Vec3 EYE = new Vec3(0, 0, 5);
    private static final double FOV = 30;

    private static FrameBuffers litSphere() {
        return litSphere(RenderSettings.DEFAULT);
    }

    private static FrameBuffers litSphere(RenderSettings settings) {
        Camera camera = new Camera(EYE, Vec3.ZERO, new Vec3(0, 1, 0), FOV, 0.1, 100);
        Scene scene = Scene.builder(SIZE, SIZE).camera(camera).ambient(0xFFFFFF, 0.1)
                // travelling towards +x: the light comes from the left
                .light(Light.directional(new Vec3(1, 0, 0), 0xFFFFFF, 1))
                .add(new ShapeBuilder().sphere(Vec3.ZERO, 1, 96, 48).build(), Material.of(0xFFB0B0B0).withSpecular(0), 4)
                .build();
        try (Renderer r = new Renderer(2, settings)) {
            return r.render(scene);
        }
    }

    private static int luma(int argb) {
        return ((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF);
    }

    @Test
    void aSphereLitFromTheLeftIsBrighterOnTheLeft() {
        FrameBuffers fb = litSphere();
        long left = 0, right = 0;
        int leftCount = 0, rightCount = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                if (fb.alpha(x, y) < 1) {
                    continue;
                }
                if (x < SIZE / 2) {
                    left += luma(fb.color(x, y));
                    leftCount++;
                } else {
                    right += luma(fb.color(x, y));
                    rightCount++;
                }
            }
        }
        assertTrue(leftCount > 1000 && Math.abs(leftCount - rightCount) < leftCount / 20, "the sphere is centred");
        assertTrue(left / leftCount > 1.5 * (right / rightCount),
                "left half brighter: " + left / leftCount + " vs " + right / rightCount);
        // the point facing the light (normal -x) is the brightest, the one facing away gets ambient only
        Camera camera = new Camera(EYE, Vec3.ZERO, new Vec3(0, 1, 0), FOV, 0.1, 100);
        var lit = camera.project(new Vec3(-0.95, 0, 0.3), SIZE, SIZE);
        var dark = camera.project(new Vec3(0.95, 0, 0.3), SIZE, SIZE);
        assertTrue(luma(fb.color((int) lit.x(), (int) lit.y())) > 450, "lit side");
        assertTrue(luma(fb.color((int) dark.x(), (int) dark.y())) < 200, "side facing away");
    }

    @Test
    void theNormalsBufferMatchesTheAnalyticSphereNormal() {
        // one sample per pixel: every pixel's normal is evaluated at its centre, where the analytic one is
        FrameBuffers fb = litSphere(RenderSettings.DEFAULT.withAntialiasing(Antialiasing.NONE));
        double t = StrictMath.tan(Math.toRadians(FOV / 2));
        int checked = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                // the view ray through the pixel centre; the camera looks down -z, so view space = world space
                Vec3 dir = new Vec3((2 * (x + 0.5) / SIZE - 1) * t, (1 - 2 * (y + 0.5) / SIZE) * t, -1).normalized();
                double b = EYE.dot(dir);
                double disc = b * b - (EYE.dot(EYE) - 1);
                if (disc <= 0) {
                    continue;
                }
                Vec3 n = EYE.plus(dir.times(-b - Math.sqrt(disc)));
                if (n.z() < 0.3) {
                    continue; // near the silhouette the tessellated outline departs from the true sphere
                }
                int i = y * SIZE + x;
                float[] nb = fb.normals();
                assertEquals(n.x(), nb[3 * i], 0.01, "normal x at " + x + "," + y);
                assertEquals(n.y(), nb[3 * i + 1], 0.01, "normal y at " + x + "," + y);
                assertEquals(n.z(), nb[3 * i + 2], 0.01, "normal z at " + x + "," + y);
                double len = Math.sqrt(nb[3 * i] * nb[3 * i] + nb[3 * i + 1] * nb[3 * i + 1] + nb[3 * i + 2] * nb[3 * i + 2]);
                assertEquals(1, len, 1e-4, "unit normal at " + x + "," + y);
                checked++;
            }
        }
        assertTrue(checked > 2000, "pixels checked: " + checked);
    }

    @Test
    void normalsAreInViewSpace() {
        // the same sphere seen from the side (camera on +x): the pixel at the image centre faces the camera
        Camera side = new Camera(new Vec3(5, 0, 0), Vec3.ZERO, new Vec3(0, 1, 0), FOV, 0.1, 100);
        Scene scene = Scene.builder(SIZE, SIZE).camera(side)
                .add(new ShapeBuilder().sphere(Vec3.ZERO, 1, 96, 48).build(), Material.of(0xFFB0B0B0), 4).build();
        FrameBuffers fb;
        try (Renderer r = new Renderer(1)) {
            fb = r.render(scene);
        }
        int i = (SIZE / 2) * SIZE + SIZE / 2 - 20;
        float[] n = fb.normals();
        // 20 pixels left of centre the world normal points mostly to +x and somewhat to +z (towards the
        // camera's left); in view space that is +z (towards the camera) and -x (left)
        assertTrue(n[3 * i + 2] > 0.8 && n[3 * i] < -0.2,
                "view-space normal " + n[3 * i] + ", " + n[3 * i + 1] + ", " + n[3 * i + 2]);
    }
}
