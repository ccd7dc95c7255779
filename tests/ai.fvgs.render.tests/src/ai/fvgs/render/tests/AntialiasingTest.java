package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Antialiasing;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Texture;
import ai.fvgs.render.Vec3;
import ai.fvgs.sdk.RgbaImage;

/** Four-rooks anti-aliasing gives a soft matte on slanted edges and a full one inside. */
class AntialiasingTest {

    private static FrameBuffers render(Antialiasing mode) {
        PixelPlane p = new PixelPlane(64);
        var triangle = new ShapeBuilder().triangle(p.at(5.2, 3.7), p.at(60.1, 20.3), p.at(14.6, 58.9), new Vec3(0, 0, 1)).build();
        Scene scene = Scene.builder(64, 64).camera(p.camera()).add(triangle, Material.of(0xFF2080FF), 1).build();
        try (Renderer r = new Renderer(1, RenderSettings.DEFAULT.withAntialiasing(mode))) {
            return r.render(scene);
        }
    }

    @Test
    void edgesGetIntermediateAlphaAndTheInsideFullAlpha() {
        FrameBuffers fb = render(Antialiasing.FOUR_ROOKS);
        int partial = 0, full = 0;
        for (int i = 0; i < 64 * 64; i++) {
            float a = fb.alpha()[i];
            assertEquals(0, (a * 4) % 1, 1e-6, "alpha is a multiple of 1/4");
            assertEquals(Math.round(a * 255), fb.color()[i] >>> 24, "the colour's alpha byte is the matte");
            if (a > 0 && a < 1) {
                partial++;
                assertEquals(1, fb.partIds()[i], "a partly covered pixel still has the surface's part id");
            } else if (a == 1) {
                full++;
            }
        }
        assertTrue(partial > 100, "edge pixels with partial coverage: " + partial);
        assertTrue(full > 1000, "fully covered pixels: " + full);
        assertEquals(1f, fb.alpha(25, 25), "inside");
        assertEquals(0f, fb.alpha(2, 60), "outside");
        // a partly covered pixel keeps the surface's colour, only its alpha is lower
        for (int i = 0; i < 64 * 64; i++) {
            if (fb.alpha()[i] > 0) {
                assertEquals(fb.color(25, 25) & 0xFFFFFF, fb.color()[i] & 0xFFFFFF, "colour at " + i);
            }
        }
    }

    @Test
    void edgePixelsOfSliverTrianglesAreShadedInsideTheTriangles() {
        // a square made of 40 long slivers fanning out from one corner, textured with a horizontal ramp: every
        // pixel, also where slivers meet, shows the ramp's value at the pixel
        PixelPlane p = new PixelPlane(64);
        ShapeBuilder fan = new ShapeBuilder();
        int corner = fan.vertex(-1, 1, 0, 0, 0, 1, 0, 0);
        int previous = -1;
        for (int i = 0; i <= 40; i++) {
            double t = i / 40.0;
            // along the right edge, then along the bottom edge
            double x = t <= 0.5 ? 1 : 1 - 4 * (t - 0.5);
            double y = t <= 0.5 ? 1 - 4 * t : -1;
            int v = fan.vertex(x, y, 0, 0, 0, 1, (x + 1) / 2, 0);
            if (previous >= 0) {
                fan.triangle(corner, previous, v);
            }
            previous = v;
        }
        int[] ramp = new int[256];
        for (int i = 0; i < 256; i++) {
            ramp[i] = RgbaImage.argb(255, i, 0, 0);
        }
        Material m = Material.of(0xFFFFFFFF).withTexture(new Texture(256, 1, ramp)).withSpecular(0);
        Scene scene = Scene.builder(64, 64).camera(p.camera()).ambient(0xFFFFFF, 1).add(fan.build(), m, 1).build();
        FrameBuffers fb;
        try (Renderer r = new Renderer(1)) {
            fb = r.render(scene);
        }
        for (int y = 1; y < 63; y++) {
            for (int x = 1; x < 63; x++) {
                double u = (x + 0.5) / 64;
                assertEquals(u * 256 - 0.5, (fb.color(x, y) >> 16) & 0xFF, 3, "red at pixel " + x + "," + y);
            }
        }
    }

    @Test
    void withoutAntialiasingTheMatteIsBinary() {
        FrameBuffers fb = render(Antialiasing.NONE);
        for (float a : fb.alpha()) {
            assertTrue(a == 0 || a == 1, "alpha " + a);
        }
    }
}
