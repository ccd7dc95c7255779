package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Light;
import ai.fvgs.render.Material;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Vec3;
import ai.fvgs.sdk.RgbaImage;

/**
 * A sphere over a shadow-catcher floor, lit from straight above: the floor shows nothing but the sphere's round
 * shadow right below it, darkening the background there and leaving it untouched elsewhere, and it never
 * appears in the guidance buffers.
 */
class ShadowCatcherTest {

    private static final int W = 200;
    private static final int H = 150;
    private static final int SPHERE = 2;
    private static final double RADIUS = 0.5;
    private static final double OPACITY = 0.6;
    private static final Vec3 EYE = new Vec3(0, 4, 4);
    private static final double FOV = 40;
    private static final int BACKGROUND = 0xFFB4C8DC;

    private static FrameBuffers render(RgbaImage background, boolean withFloor) {
        Camera camera = new Camera(EYE, Vec3.ZERO, new Vec3(0, 1, 0), FOV, 0.1, 100);
        Scene.Builder b = Scene.builder(W, H).camera(camera).background(background).ambient(0xFFFFFF, 0.1)
                .light(Light.directional(new Vec3(0, -1, 0), 0xFFFFFF, 1).withShadows());
        if (withFloor) {
            b.add(new ShapeBuilder().floor(0, -3, -3, 3, 3, 4, 1).build(), Material.shadowCatcher(OPACITY), 1);
        }
        Scene scene = b.add(new ShapeBuilder().sphere(new Vec3(0, 1, 0), RADIUS, 64, 32).build(), Material.of(0xFF4060C0),
                SPHERE).build();
        try (Renderer r = new Renderer(2)) {
            return r.render(scene);
        }
    }

    private static RgbaImage plain(int argb) {
        RgbaImage img = new RgbaImage(W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                img.set(x, y, argb);
            }
        }
        return img;
    }

    /** @return the distance from the sphere's foot point of the floor point seen through the pixel's centre */
    private static double distanceOnFloor(int px, int py) {
        Vec3 f = EYE.times(-1).normalized();
        Vec3 r = f.cross(new Vec3(0, 1, 0)).normalized();
        Vec3 u = r.cross(f);
        double t = StrictMath.tan(Math.toRadians(FOV / 2));
        Vec3 dir = f.plus(r.times((2 * (px + 0.5) / W - 1) * t * W / H)).plus(u.times((1 - 2 * (py + 0.5) / H) * t));
        Vec3 p = EYE.plus(dir.times(-EYE.y() / dir.y()));
        return Math.hypot(p.x(), p.z());
    }

    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void theShadowDarkensTheBackgroundRightBelowTheSphereAndNowhereElse() {
        FrameBuffers fb = render(plain(BACKGROUND), true);
        FrameBuffers noFloor = render(plain(BACKGROUND), false);
        int inShadow = 0, untouched = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (noFloor.partId(x, y) == SPHERE || fb.partId(x, y) == SPHERE || distanceOnFloor(x, y) > 100) {
                    continue;
                }
                double d = distanceOnFloor(x, y);
                int c = fb.color(x, y);
                if (d < RADIUS * 0.8) {
                    // a full shadow: black of alpha OPACITY over the background, in linear light
                    assertEquals(0xFF, c >>> 24, "alpha at " + x + "," + y);
                    assertEquals(linear(0xB4) * (1 - OPACITY), linear((c >> 16) & 0xFF), 0.01, "red at " + x + "," + y);
                    assertEquals(linear(0xDC) * (1 - OPACITY), linear(c & 0xFF), 0.01, "blue at " + x + "," + y);
                    inShadow++;
                } else if (d > RADIUS * 1.2) {
                    assertEquals(BACKGROUND, c, "pixel " + x + "," + y + " (" + d + " m from the centre) is untouched");
                    untouched++;
                }
            }
        }
        assertTrue(inShadow > 300 && untouched > 5000, "shadowed " + inShadow + ", untouched " + untouched);
    }

    @Test
    void theCatcherIsNotInTheGuidanceBuffers() {
        FrameBuffers fb = render(plain(BACKGROUND), true);
        FrameBuffers noFloor = render(plain(BACKGROUND), false);
        for (int i = 0; i < W * H; i++) {
            assertEquals(noFloor.partIds()[i], fb.partIds()[i], "part id of pixel " + i);
            assertTrue(fb.partIds()[i] == SPHERE || fb.partIds()[i] == -1, "part id " + fb.partIds()[i]);
            if (fb.partIds()[i] == -1) {
                assertEquals(Float.POSITIVE_INFINITY, fb.depth()[i], "depth of pixel " + i);
                assertEquals(0f, fb.normals()[3 * i] * fb.normals()[3 * i] + fb.normals()[3 * i + 1] * fb.normals()[3 * i + 1]
                        + fb.normals()[3 * i + 2] * fb.normals()[3 * i + 2], "normal of pixel " + i);
            } else {
                assertEquals(noFloor.depth()[i], fb.depth()[i], "depth of pixel " + i);
            }
            assertEquals(noFloor.alpha()[i], fb.alpha()[i], "matte of pixel " + i);
        }
    }

    @Test
    void onATransparentBackgroundTheShadowIsBlackWithPartialAlpha() {
        FrameBuffers fb = render(null, true);
        int inShadow = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (fb.partId(x, y) == SPHERE) {
                    continue;
                }
                double d = distanceOnFloor(x, y);
                int c = fb.color(x, y);
                if (d < RADIUS * 0.8) {
                    assertEquals(Math.round(OPACITY * 255), c >>> 24, 1, "alpha at " + x + "," + y);
                    assertEquals(0, c & 0xFFFFFF, "colour at " + x + "," + y);
                    assertEquals(0f, fb.alpha(x, y), "matte at " + x + "," + y);
                    inShadow++;
                } else if (d > RADIUS * 1.2) {
                    assertEquals(0, c, "pixel " + x + "," + y + " stays transparent");
                }
            }
        }
        assertTrue(inShadow > 300, "shadowed " + inShadow);
    }

    @Test
    void opacityOutsideZeroToOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Material.shadowCatcher(1.5));
        assertTrue(e.getMessage().contains("opacity 1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Material.shadowCatcher(Double.NaN));
        assertTrue(Material.shadowCatcher(0.5).isShadowCatcher());
        assertTrue(!Material.of(0xFFFFFFFF).isShadowCatcher());
    }
}
