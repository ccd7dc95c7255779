package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Light;
import ai.fvgs.render.Material;
import ai.fvgs.render.ProjectedPoint;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Vec3;

/** A sphere over a floor, lit from straight above, casts a round shadow of its own radius right below it. */
class ShadowTest {

    private static final int W = 200;
    private static final int H = 150;
    private static final int FLOOR = 1;
    private static final double RADIUS = 0.5;
    private static final Vec3 EYE = new Vec3(0, 4, 4);
    private static final double FOV = 40;

    private static FrameBuffers render(boolean shadows) {
        Camera camera = new Camera(EYE, Vec3.ZERO, new Vec3(0, 1, 0), FOV, 0.1, 100);
        Light sun = Light.directional(new Vec3(0, -1, 0), 0xFFFFFF, 1);
        Scene scene = Scene.builder(W, H).camera(camera).ambient(0xFFFFFF, 0.1).light(shadows ? sun.withShadows() : sun)
                .add(new ShapeBuilder().floor(0, -3, -3, 3, 3, 4, 1).build(), Material.of(0xFFA0A0A0).withSpecular(0)
                        .withCastsShadows(false), FLOOR)
                .add(new ShapeBuilder().sphere(new Vec3(0, 1, 0), RADIUS, 64, 32).build(), Material.of(0xFF4060C0), 2)
                .build();
        try (Renderer r = new Renderer(2)) {
            return r.render(scene);
        }
    }

    private static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    /** @return where the view ray through the pixel centre meets the floor */
    private static Vec3 floorPoint(int px, int py) {
        Vec3 f = EYE.times(-1).normalized();
        Vec3 r = f.cross(new Vec3(0, 1, 0)).normalized();
        Vec3 u = r.cross(f);
        double t = StrictMath.tan(Math.toRadians(FOV / 2));
        Vec3 dir = f.plus(r.times((2 * (px + 0.5) / W - 1) * t * W / H)).plus(u.times((1 - 2 * (py + 0.5) / H) * t));
        return EYE.plus(dir.times(-EYE.y() / dir.y()));
    }

    @Test
    void theShadowFallsRightBelowTheSphereAndNowhereElse() {
        FrameBuffers fb = render(true);
        FrameBuffers unshadowed = render(false);
        int inShadow = 0, lit = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (fb.partId(x, y) != FLOOR) {
                    continue;
                }
                Vec3 p = floorPoint(x, y);
                double d = Math.hypot(p.x(), p.z());
                int g = green(fb.color(x, y));
                int full = green(unshadowed.color(x, y));
                if (d < RADIUS * 0.8) {
                    assertTrue(g < full / 2,
                            "pixel " + x + "," + y + " (" + d + " m from the centre) is in shadow: " + g + " vs " + full);
                    inShadow++;
                } else if (d > RADIUS * 1.2) {
                    assertEquals(full, g, 1, "pixel " + x + "," + y + " (" + d + " m from the centre) is lit");
                    lit++;
                }
            }
        }
        assertTrue(inShadow > 300 && lit > 5000, "shadowed " + inShadow + ", lit " + lit);
    }

    @Test
    void theSphereDoesNotShadowItselfOnItsLitSide() {
        FrameBuffers fb = render(true);
        FrameBuffers unshadowed = render(false);
        Camera camera = new Camera(EYE, Vec3.ZERO, new Vec3(0, 1, 0), FOV, 0.1, 100);
        // points on the upper half of the sphere facing the light and the camera: no shadow acne
        for (double[] n : new double[][] {{0, 1, 0.2}, {0.4, 0.8, 0.45}, {-0.3, 0.6, 0.74}, {0, 0.3, 0.95}}) {
            Vec3 normal = new Vec3(n[0], n[1], n[2]).normalized();
            ProjectedPoint p = camera.project(new Vec3(0, 1, 0).plus(normal.times(RADIUS)), W, H);
            int x = (int) p.x(), y = (int) p.y();
            assertEquals(2, fb.partId(x, y));
            assertEquals(unshadowed.color(x, y), fb.color(x, y), "colour at " + x + "," + y);
        }
    }
}
