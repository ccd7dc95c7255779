package ai.fvgs.render.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import ai.fvgs.render.FrameBuffers;
import ai.fvgs.render.Material;
import ai.fvgs.render.Renderer;
import ai.fvgs.render.Scene;
import ai.fvgs.render.SceneItem;
import ai.fvgs.render.Vec3;
import ai.fvgs.sdk.RgbaImage;

/**
 * Colour-only frame buffers, and buffers rendered in place onto the background image, get exactly the colour that
 * full buffers get, on every path of the renderer: the production frame (background tiles, shadow catchers, edges),
 * the reference scene with a translucent veil over a transparent background, and the same over a painted
 * background.
 */
class ColorOnlyTest {

    private static final int W = 640;
    private static final int H = 360;

    private static Scene withVeil(boolean background) {
        return withVeil(background ? ReferenceScene.studioBackground(W, H) : null);
    }

    private static Scene withVeil(RgbaImage background) {
        ReferenceScene reference = new ReferenceScene();
        Scene base = reference.scene(W, H, background);
        Scene.Builder b = Scene.builder(W, H).camera(base.camera()).background(base.background())
                .ambient(base.ambientColor(), base.ambientIntensity());
        base.lights().forEach(b::light);
        for (SceneItem item : base.items()) {
            b.add(item);
        }
        var veil = new ShapeBuilder().cone(Vec3.ZERO, 1.45, 0.25, 0.9, 0.5, 48, 8).build();
        return b.add(veil, Material.of(0x66A0C8FF).withDoubleSided(true), 300).build();
    }

    private static void sameColor(Scene scene, int threads) {
        try (Renderer r = new Renderer(threads)) {
            FrameBuffers full = r.render(scene);
            FrameBuffers color = FrameBuffers.colorOnly(W, H);
            Arrays.fill(color.color(), 0x12345678);
            r.render(scene, color);
            assertArrayEquals(full.color(), color.color(), "colour of colour-only buffers, " + threads + " threads");
        }
    }

    @Test
    void productionFrameHasTheSameColour() {
        sameColor(new ProductionScene().scene(W, H, ProductionScene.background(W, H), true, true), 2);
    }

    @Test
    void translucentSurfacesOverTransparentAndPaintedBackgroundsHaveTheSameColour() {
        sameColor(withVeil(false), 1);
        sameColor(withVeil(true), 2);
    }

    /** Renders the scene over {@code canvas}, its own background, once into new buffers and once in place. */
    private static void sameInPlace(Scene scene, RgbaImage canvas, boolean guidance, int threads) {
        try (Renderer r = new Renderer(threads)) {
            FrameBuffers separate = r.render(scene);
            int[] before = canvas.pixels().clone();
            FrameBuffers onto = FrameBuffers.onto(canvas, guidance);
            r.render(scene, onto);
            assertTrue(onto.color() == canvas.pixels(), "the image is the colour buffer");
            assertFalse(Arrays.equals(before, canvas.pixels()), "the frame was drawn onto the image");
            assertArrayEquals(separate.color(), canvas.pixels(), "colour rendered in place, " + threads + " threads");
            if (guidance) {
                assertArrayEquals(separate.alpha(), onto.alpha(), "alpha rendered in place");
                assertArrayEquals(separate.depth(), onto.depth(), "depth rendered in place");
                assertArrayEquals(separate.partIds(), onto.partIds(), "part ids rendered in place");
            } else {
                assertFalse(onto.hasGuidance());
            }
        }
    }

    @Test
    void renderingInPlaceOntoTheBackgroundGivesTheSameFrame() {
        RgbaImage canvas = ProductionScene.background(W, H);
        sameInPlace(new ProductionScene().scene(W, H, canvas, true, true), canvas, false, 2);
        canvas = ProductionScene.background(W, H);
        sameInPlace(new ProductionScene().scene(W, H, canvas, true, true), canvas, true, 1);
        canvas = ReferenceScene.studioBackground(W, H);
        sameInPlace(withVeil(canvas), canvas, false, 3);
        assertThrows(IllegalArgumentException.class, () -> FrameBuffers.onto(null, false));
    }

    @Test
    void guidanceBuffersAreRefusedWithAClearMessage() {
        FrameBuffers color = FrameBuffers.colorOnly(4, 3);
        assertFalse(color.hasGuidance());
        assertTrue(new FrameBuffers(4, 3).hasGuidance());
        IllegalStateException e = assertThrows(IllegalStateException.class, color::depth);
        assertTrue(e.getMessage().contains("colour only") && e.getMessage().contains("depth"), e.getMessage());
        assertThrows(IllegalStateException.class, color::normals);
        assertThrows(IllegalStateException.class, color::partIds);
        assertThrows(IllegalStateException.class, color::alpha);
        assertThrows(IllegalStateException.class, () -> color.alpha(0, 0));
        assertThrows(IllegalArgumentException.class, () -> FrameBuffers.colorOnly(0, 3));
    }
}
