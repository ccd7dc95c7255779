package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.Antialiasing;
import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Vec3;

/** Translucent surfaces blend over what lies behind them and leave the guidance buffers to the opaque ones. */
class TranslucencyTest {

    private static final Vec3 TO_CAMERA = new Vec3(0, 0, 1);

    private static FrameBuffers render(boolean withOpaque) {
        PixelPlane p = new PixelPlane(16);
        var behind = new ShapeBuilder().quad(new Vec3(-3, -3, -1), new Vec3(3, -3, -1), new Vec3(3, 3, -1), new Vec3(-3, 3, -1),
                TO_CAMERA).build();
        var veil = new ShapeBuilder().quad(new Vec3(-0.5, -0.5, 0), new Vec3(0.5, -0.5, 0), new Vec3(0.5, 0.5, 0),
                new Vec3(-0.5, 0.5, 0), TO_CAMERA).build();
        Scene.Builder b = Scene.builder(16, 16).camera(p.camera()).ambient(0xFFFFFF, 1);
        if (withOpaque) {
            b.add(behind, Material.of(0xFF0000FF).withSpecular(0), 1);
        }
        Scene scene = b.add(veil, Material.of(0x80FF0000).withSpecular(0), 2).build();
        try (Renderer r = new Renderer(2, RenderSettings.DEFAULT.withAntialiasing(Antialiasing.NONE))) {
            return r.render(scene);
        }
    }

    @Test
    void aHalfTransparentRedVeilOverBlueGivesPurple() {
        FrameBuffers fb = render(true);
        int c = fb.color(8, 8);
        // blended in linear light: half of 1.0 red and half of 1.0 blue is 0.5 each, sRGB 188
        assertEquals(0xFF, c >>> 24);
        assertEquals(188, (c >> 16) & 0xFF, 2);
        assertEquals(0, (c >> 8) & 0xFF);
        assertEquals(188, c & 0xFF, 2);
        assertEquals(1, fb.partId(8, 8), "the part id is the opaque surface's");
        assertEquals(2f, fb.depth(8, 8), 1e-5f, "the depth is the opaque surface's");
        assertEquals(0xFF0000FF, fb.color(1, 1), "outside the veil");
    }

    @Test
    void overATransparentBackgroundTheVeilMakesAHalfMatte() {
        FrameBuffers fb = render(false);
        assertEquals(0x80 / 255f, fb.alpha(8, 8), 1e-6f);
        assertEquals(0x80FF0000, fb.color(8, 8), "non-premultiplied colour with the veil's alpha");
        assertEquals(-1, fb.partId(8, 8));
        assertEquals(0f, fb.alpha(1, 1));
    }
}
