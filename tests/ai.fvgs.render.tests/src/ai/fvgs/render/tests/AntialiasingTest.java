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
import ai.fvgs.render.Vec3;

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
    void withoutAntialiasingTheMatteIsBinary() {
        FrameBuffers fb = render(Antialiasing.NONE);
        for (float a : fb.alpha()) {
            assertTrue(a == 0 || a == 1, "alpha " + a);
        }
    }
}
