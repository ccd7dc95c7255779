package ai.fvgs.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.sdk.background.BackgroundView;
import ai.fvgs.sdk.background.BackgroundView.Vec3;

/** The camera model backgrounds draw with: rays and projections agree and follow the renderer's pixel mapping. */
class BackgroundViewTest {

    static final Vec3 UP = new Vec3(0, 1, 0);

    @Test
    void theTargetProjectsToTheImageCentre() {
        BackgroundView view = new BackgroundView(0, new Vec3(3, 2, 5), new Vec3(-1, 0.5, -2), UP, 40, false);
        Vec3 p = view.project(view.cameraTarget(), 1280, 720);
        assertEquals(640, p.x(), 1e-9);
        assertEquals(360, p.y(), 1e-9);
    }

    @Test
    void theVerticalFieldOfViewSpansTheImageHeight() {
        BackgroundView view = new BackgroundView(0, new Vec3(0, 0, 0), new Vec3(0, 0, -1), UP, 90, false);
        Vec3 top = view.project(new Vec3(0, 1, -1), 200, 100);
        assertEquals(0, top.y(), 1e-9, "45 degrees up is the top edge");
        Vec3 right = view.project(new Vec3(1, 0, -0.5), 200, 100);
        assertEquals(200, right.x(), 1e-9, "with aspect 2, tan 45 * 2 = 2 to the right is the right edge");
        assertEquals(0.5, right.z(), 1e-12, "depth along the view direction");
    }

    @Test
    void rayAndProjectAreInverse() {
        BackgroundView view = new BackgroundView(1.5, new Vec3(4.5, 1.6, 2.5), new Vec3(0, 1, -1.5), UP, 35, true);
        for (double px = 0.5; px < 640; px += 97.3) {
            for (double py = 0.5; py < 360; py += 71.1) {
                Vec3 d = view.ray(px, py, 640, 360);
                assertEquals(1, d.length(), 1e-12);
                Vec3 p = view.project(view.cameraPosition().plus(d.times(7)), 640, 360);
                assertEquals(px, p.x(), 1e-9);
                assertEquals(py, p.y(), 1e-9);
            }
        }
    }

    @Test
    void pointsBehindTheCameraHaveNoPixel() {
        Vec3 p = BackgroundView.standard(0).project(new Vec3(0, 1.3, 10), 64, 64);
        assertTrue(Double.isNaN(p.x()) && Double.isNaN(p.y()) && p.z() < 0);
    }

    @Test
    void theStandardViewIsTheSceneFormatsDefaultCamera() {
        BackgroundView v = BackgroundView.standard(2);
        assertEquals(new Vec3(0, 1.3, 6), v.cameraPosition());
        assertEquals(30, v.verticalFovDegrees());
        assertEquals(2, v.timeSeconds());
        assertEquals(new Vec3(0, 0, -1), v.forward());
    }

    @Test
    void badViewsAreRejectedNamingTheValue() {
        Vec3 o = new Vec3(0, 1, 0);
        assertEquals("vertical field of view 180.0 is not allowed; allowed: more than 0 and less than 180 degrees",
                assertThrows(IllegalArgumentException.class, () -> new BackgroundView(0, o, new Vec3(0, 1, -1), UP, 180, false)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BackgroundView(0, o, o, UP, 30, false));
        assertThrows(IllegalArgumentException.class, () -> new BackgroundView(0, o, new Vec3(0, 5, 0), UP, 30, false));
        assertThrows(IllegalArgumentException.class, () -> new BackgroundView(Double.NaN, o, new Vec3(0, 1, -1), UP, 30, false));
    }
}
