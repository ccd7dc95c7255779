package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Antialiasing;
import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.Matrix4;
import ai.fvgs.render.ProjectedPoint;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Vec3;

/** Projecting world points to pixels, as keypoint overlays need, agrees with the geometry and the renderer. */
class CameraTest {

    @Test
    void knownPointsLandOnKnownPixels() {
        // 90 degrees vertical: at 5 m the frame is 10 m high; 200x100 pixels, so 10 pixels per metre
        Camera camera = new Camera(new Vec3(0, 0, 5), Vec3.ZERO, new Vec3(0, 1, 0), 90, 0.1, 100);
        assertPoint(100, 50, 5, camera.project(Vec3.ZERO, 200, 100));
        assertPoint(110, 50, 5, camera.project(new Vec3(1, 0, 0), 200, 100));
        assertPoint(100, 40, 5, camera.project(new Vec3(0, 1, 0), 200, 100));
        assertPoint(90, 60, 2.5, camera.project(new Vec3(-0.5, -0.5, 2.5), 200, 100));
        ProjectedPoint behind = camera.project(new Vec3(0, 0, 6), 200, 100);
        assertFalse(behind.isInFront());
        assertTrue(camera.project(Vec3.ZERO, 200, 100).isInside(200, 100));
    }

    @Test
    void aCameraOnTheSideSeesTheWorldTurned() {
        // from +x looking at the origin, world -z is on the right of the image
        Camera camera = new Camera(new Vec3(5, 0, 0), Vec3.ZERO, new Vec3(0, 1, 0), 90, 0.1, 100);
        assertPoint(110, 50, 5, camera.project(new Vec3(0, 0, -1), 200, 100));
        assertPoint(100, 50, 4, camera.project(new Vec3(1, 0, 0), 200, 100));
    }

    private static void assertPoint(double x, double y, double depth, ProjectedPoint p) {
        assertEquals(x, p.x(), 1e-9, "x");
        assertEquals(y, p.y(), 1e-9, "y");
        assertEquals(depth, p.depth(), 1e-9, "depth");
    }

    @Test
    void theViewMatrixIsRigidAndTheProjectionFollowsOpenGl() {
        Camera camera = new Camera(new Vec3(1, 2, 3), new Vec3(-1, 0.5, -2), new Vec3(0, 1, 0), 35, 0.2, 40);
        Matrix4 v = camera.viewMatrix();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = 0;
                for (int k = 0; k < 3; k++) {
                    dot += v.get(i, k) * v.get(j, k);
                }
                assertEquals(i == j ? 1 : 0, dot, 1e-12, "rows " + i + "," + j);
            }
        }
        double[] eye = v.transform(1, 2, 3, 1);
        assertEquals(0, Math.abs(eye[0]) + Math.abs(eye[1]) + Math.abs(eye[2]), 1e-12, "the camera sits at the view origin");
        Matrix4 p = camera.projectionMatrix(16.0 / 9);
        double[] near = p.transform(0, 0, -0.2, 1);
        double[] far = p.transform(0, 0, -40, 1);
        assertEquals(-1, near[2] / near[3], 1e-12);
        assertEquals(1, far[2] / far[3], 1e-12);
    }

    @Test
    void theRendererDrawsAPointWhereTheCameraProjectsIt() {
        Camera camera = new Camera(new Vec3(0.3, 1.6, 3.2), new Vec3(0, 1, 0), new Vec3(0, 1, 0), 40, 0.1, 50);
        Vec3 keypoint = new Vec3(0.21, 1.37, 0.4);
        ProjectedPoint p = camera.project(keypoint, 320, 240);
        // a marker quad 4 cm across around the keypoint, facing the camera
        Vec3 toCamera = camera.position().minus(keypoint).normalized();
        Vec3 side = toCamera.cross(new Vec3(0, 1, 0)).normalized().times(0.02);
        Vec3 up = side.cross(toCamera).normalized().times(0.02);
        var marker = new ShapeBuilder().quad(keypoint.minus(side).minus(up), keypoint.plus(side).minus(up),
                keypoint.plus(side).plus(up), keypoint.minus(side).plus(up), toCamera).build();
        Scene scene = Scene.builder(320, 240).camera(camera).add(marker, Material.of(0xFFFFFFFF), 7).build();
        FrameBuffers fb;
        try (Renderer r = new Renderer(1, RenderSettings.DEFAULT.withAntialiasing(Antialiasing.NONE))) {
            fb = r.render(scene);
        }
        assertEquals(7, fb.partId((int) p.x(), (int) p.y()), "marker at the projected pixel " + p);
        assertEquals(p.depth(), fb.depth((int) p.x(), (int) p.y()), 0.01);
    }

    @Test
    void invalidCamerasAreRejectedWithTheReason() {
        Vec3 up = new Vec3(0, 1, 0);
        var e = assertThrows(IllegalArgumentException.class, () -> new Camera(Vec3.ZERO, Vec3.ZERO, up, 40, 0.1, 10));
        assertTrue(e.getMessage().contains("target"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Camera(Vec3.ZERO, new Vec3(0, 0, -1), up, 180, 0.1, 10));
        assertThrows(IllegalArgumentException.class, () -> new Camera(Vec3.ZERO, new Vec3(0, 0, -1), up, 40, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Camera(Vec3.ZERO, new Vec3(0, -1, 0), up, 40, 0.1, 10));
    }
}
