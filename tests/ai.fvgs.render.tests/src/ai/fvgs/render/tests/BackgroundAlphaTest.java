package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Vec3;
import ai.fvgs.sdk.RgbaImage;

/**
 * A background with partial alpha (for transparent video) passes through to the colour buffer where nothing
 * covers it; opaque surfaces over it are opaque; edge pixels combine the two; the alpha matte counts only the
 * surfaces.
 */
class BackgroundAlphaTest {

    private static final int SIZE = 16;
    private static final Vec3 TO_CAMERA = new Vec3(0, 0, 1);

    private static RgbaImage background(int alpha) {
        RgbaImage img = new RgbaImage(SIZE, SIZE);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                img.set(x, y, RgbaImage.argb(alpha, 10 * x, 200, 10 * y));
            }
        }
        return img;
    }

    /** A white square over the pixels 4..11, its right edge through the middle of pixel column 11. */
    private static FrameBuffers render(RgbaImage background) {
        PixelPlane p = new PixelPlane(SIZE);
        var square = new ShapeBuilder().quad(p.at(4, 12), p.at(11.5, 12), p.at(11.5, 4), p.at(4, 4), TO_CAMERA).build();
        Scene scene = Scene.builder(SIZE, SIZE).camera(p.camera()).background(background).ambient(0xFFFFFF, 1)
                .add(square, Material.of(0xFFFFFFFF).withSpecular(0), 1).build();
        try (Renderer r = new Renderer(1)) {
            return r.render(scene);
        }
    }

    @Test
    void uncoveredPixelsKeepTheBackgroundsAlpha() {
        RgbaImage bg = background(0x40);
        FrameBuffers fb = render(bg);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                if (x < 4 || x > 11 || y < 4 || y > 11) {
                    assertEquals(bg.get(x, y), fb.color(x, y), "colour at " + x + "," + y);
                    assertEquals(0f, fb.alpha(x, y), "matte at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void coveredPixelsAreOpaqueAndEdgesCombineCoverageWithTheBackground() {
        FrameBuffers fb = render(background(0x40));
        assertEquals(0xFFFFFFFF, fb.color(6, 6));
        assertEquals(1f, fb.alpha(6, 6));
        // half covered (two of four samples): alpha = 0.5 + 0.5 * 0x40 / 255
        float coverage = fb.alpha(11, 8);
        assertEquals(0.5f, coverage);
        assertEquals(Math.round((0.5 + 0.5 * 0x40 / 255.0) * 255), fb.color(11, 8) >>> 24, 1);
    }

    @Test
    void onAFullyTransparentBackgroundTheColourAlphaIsTheMatte() {
        FrameBuffers fb = render(background(0));
        for (int i = 0; i < SIZE * SIZE; i++) {
            assertEquals(Math.round(fb.alpha()[i] * 255), fb.color()[i] >>> 24, "pixel " + i);
        }
        assertEquals(0x80, fb.color(11, 8) >>> 24);
        assertEquals(0xFFFFFF, fb.color(11, 8) & 0xFFFFFF, "an edge over a transparent background keeps the surface's colour");
    }
}
