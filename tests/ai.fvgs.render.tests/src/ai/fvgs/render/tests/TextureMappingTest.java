package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Antialiasing;
import ai.fvgs.render.Camera;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Texture;
import ai.fvgs.render.Vec3;
import ai.fvgs.sdk.RgbaImage;

/**
 * Texture coordinates are interpolated perspective-correctly: on a floor of two large triangles seen at a
 * grazing angle, each pixel shows the texel that the ray through its centre hits, computed here
 * analytically; affine interpolation would be texels off.
 */
class TextureMappingTest {

    private static final int W = 160;
    private static final int H = 120;
    private static final double FOV = 50;
    private static final Vec3 EYE = new Vec3(0, 2, 2);
    private static final Vec3 TARGET = new Vec3(0, 0, -6);
    /** World metres per texture repeat: texel (i, j) of the 16x16 texture covers 0.5 m. */
    private static final double REPEAT = 8;

    /** Texel (i, j) has red 16 i + 8 and green 16 j + 8, so a colour tells where in the texture it came from. */
    private static Texture coordinateTexture() {
        RgbaImage img = new RgbaImage(16, 16);
        for (int j = 0; j < 16; j++) {
            for (int i = 0; i < 16; i++) {
                img.set(i, j, RgbaImage.argb(255, 16 * i + 8, 16 * j + 8, 0));
            }
        }
        return Texture.of(img);
    }

    private static Mesh floor() {
        // texture coordinates u = x / 8, v = z / 8 (repeating beyond 0..1)
        ShapeBuilder b = new ShapeBuilder();
        int v0 = b.vertex(-8, 0, 0, 0, 1, 0, -8 / REPEAT, 0);
        int v1 = b.vertex(8, 0, 0, 0, 1, 0, 8 / REPEAT, 0);
        int v2 = b.vertex(8, 0, -16, 0, 1, 0, 8 / REPEAT, -16 / REPEAT);
        int v3 = b.vertex(-8, 0, -16, 0, 1, 0, -8 / REPEAT, -16 / REPEAT);
        b.triangle(v0, v1, v2);
        b.triangle(v0, v2, v3);
        return b.build();
    }

    /** @return world x and z where the ray through the pixel centre meets the floor y = 0, or null */
    private static double[] hit(int px, int py) {
        Vec3 f = TARGET.minus(EYE).normalized();
        Vec3 r = f.cross(new Vec3(0, 1, 0)).normalized();
        Vec3 u = r.cross(f);
        double t = StrictMath.tan(Math.toRadians(FOV / 2));
        double sx = (2 * (px + 0.5) / W - 1) * t * W / H;
        double sy = (1 - 2 * (py + 0.5) / H) * t;
        Vec3 dir = f.plus(r.times(sx)).plus(u.times(sy));
        if (dir.y() >= 0) {
            return null;
        }
        double k = -EYE.y() / dir.y();
        return new double[] {EYE.x() + k * dir.x(), EYE.z() + k * dir.z()};
    }

    private static double texelCoordinate(double world) {
        double wrapped = world / REPEAT - Math.floor(world / REPEAT);
        return wrapped * 16 - 0.5; // texel centres at integers
    }

    @Test
    void eachPixelShowsTheTexelItsRayHits() {
        Camera camera = new Camera(EYE, TARGET, new Vec3(0, 1, 0), FOV, 0.1, 100);
        Material unlit = Material.of(0xFFFFFFFF).withTexture(coordinateTexture()).withSpecular(0);
        Scene scene = Scene.builder(W, H).camera(camera).ambient(0xFFFFFF, 1).add(floor(), unlit, 1).build();
        FrameBuffers fb;
        try (Renderer r = new Renderer(2, RenderSettings.DEFAULT.withAntialiasing(Antialiasing.NONE))) {
            fb = r.render(scene);
        }
        int checked = 0;
        int affineWouldMiss = 0;
        for (int py = H / 3; py < H; py++) {
            for (int px = 0; px < W; px++) {
                double[] p = hit(px, py);
                if (p == null || p[1] < -8 || p[1] > -0.5 || Math.abs(p[0]) > 7.5) {
                    // far away, several texels share a pixel and mipmapping blends them: only the near floor is checked
                    continue;
                }
                double tu = texelCoordinate(p[0]), tv = texelCoordinate(p[1]);
                long iu = Math.round(tu), iv = Math.round(tv);
                if (Math.abs(tu - iu) > 0.1 || Math.abs(tv - iv) > 0.1 || iu < 1 || iv < 1 || iu > 14 || iv > 14) {
                    continue; // between texels, or next to the wrap-around seam: bilinear filtering blends, skip
                }
                int c = fb.color(px, py);
                assertEquals(16 * iu + 8, (c >> 16) & 0xFF, 4, "red (texel column) at pixel " + px + "," + py);
                assertEquals(16 * iv + 8, (c >> 8) & 0xFF, 4, "green (texel row) at pixel " + px + "," + py);
                checked++;
                affineWouldMiss += affineTexelRowDiffers(px, py, iv) ? 1 : 0;
            }
        }
        assertTrue(checked >= 100, "enough pixels checked: " + checked);
        assertTrue(affineWouldMiss >= checked / 4,
                "the test would catch affine interpolation: " + affineWouldMiss + " of " + checked);
    }

    /**
     * The texel row affine (screen-linear) interpolation of v would give at the pixel, across the triangle
     * spanned by the floor's near corners and its far right corner, compared with the correct one.
     */
    private static boolean affineTexelRowDiffers(int px, int py, long correctRow) {
        Camera camera = new Camera(EYE, TARGET, new Vec3(0, 1, 0), FOV, 0.1, 100);
        double nearY = camera.project(new Vec3(0, 0, 0), W, H).y();
        double farY = camera.project(new Vec3(0, 0, -16), W, H).y();
        double s = (py + 0.5 - nearY) / (farY - nearY);
        double v = -2 * s; // v goes from 0 (near edge) to -2 (far edge)
        double row = (v - Math.floor(v)) * 16 - 0.5;
        return Math.abs(Math.round(row) - correctRow) >= 2;
    }

    @Test
    void texturesRepeatOutsideZeroToOne() {
        PixelPlane p = new PixelPlane(8);
        ShapeBuilder b = new ShapeBuilder();
        // a quad over the whole frame with u running from 0 to 2: the 1-texel-wide, 2-texel texture repeats
        int a = b.vertex(-1, -1, 0, 0, 0, 1, 0, 0);
        int c = b.vertex(1, -1, 0, 0, 0, 1, 2, 0);
        int d = b.vertex(1, 1, 0, 0, 0, 1, 2, 1);
        int e = b.vertex(-1, 1, 0, 0, 0, 1, 0, 1);
        b.triangle(a, c, d);
        b.triangle(a, d, e);
        Texture stripes = new Texture(4, 1, new int[] {0xFFFF0000, 0xFFFF0000, 0xFF0000FF, 0xFF0000FF});
        Scene scene = Scene.builder(8, 8).camera(p.camera()).ambient(0xFFFFFF, 1)
                .add(b.build(), Material.of(0xFFFFFFFF).withTexture(stripes).withSpecular(0), 1).build();
        FrameBuffers fb;
        try (Renderer r = new Renderer(1, RenderSettings.DEFAULT.withAntialiasing(Antialiasing.NONE))) {
            fb = r.render(scene);
        }
        // pixel columns 0, 4 sit in red, columns 3, 7 in blue, in both repeats
        for (int x : new int[] {0, 4}) {
            assertEquals(0xFFFF0000, fb.color(x, 4), "red at column " + x);
        }
        for (int x : new int[] {3, 7}) {
            assertEquals(0xFF0000FF, fb.color(x, 4), "blue at column " + x);
        }
    }
}
