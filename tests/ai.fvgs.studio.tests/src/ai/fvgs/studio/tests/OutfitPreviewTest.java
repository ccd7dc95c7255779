package ai.fvgs.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.studio.LookVariants;
import ai.fvgs.studio.PreviewRenderer;
import ai.fvgs.studio.PreviewRenderer.View;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;

/**
 * Outfit edits on a scene document (each undoable), the dressed preview (fitted once per outfit, not per view)
 * and look variants with their thumbnails.
 */
class OutfitPreviewTest {

    private static final int W = 160, H = 240;

    private final Map<String, GarmentStyle> installed = new ConcurrentHashMap<>(Map.of("test.tee", TestStyles.tee(), "test.trousers",
            TestStyles.trousers()));
    private final PreviewRenderer preview = new PreviewRenderer(2, id -> Optional.ofNullable(installed.get(id)), new PreviewRenderer.Listener() {
        @Override
        public void rendered(PreviewRenderer.Frame frame) {
        }

        @Override
        public void failed(long request, RuntimeException error) {
        }
    });

    @AfterEach
    void close() {
        preview.close();
    }

    @Test
    void outfitEditsAreUndoableAndChecked(@TempDir Path dir) throws Exception {
        SceneDocument doc = new SceneDocument(SceneEdits.defaultScene());
        assertTrue(doc.edit("Add Test tee", SceneEdits.addGarment(installed.get("test.tee"))));
        assertTrue(doc.edit("Add Test trousers", SceneEdits.addGarment(installed.get("test.trousers"))));
        assertEquals(List.of("test.tee", "test.trousers"), styles(doc.scene()));
        assertEquals(62.0, ((Number) doc.scene().outfit().get(0).parameters().get("length")).doubleValue());
        assertEquals(SceneEdits.DEFAULT_FABRIC, doc.scene().outfit().get(0).fabric());

        doc.edit("Move Test trousers down", SceneEdits.moveGarment(1, 0));
        assertEquals(List.of("test.trousers", "test.tee"), styles(doc.scene()));
        assertEquals("Move Test trousers down", doc.undoLabel());
        doc.edit("Change colour", SceneEdits.fabricColour(1, 0xC02020));
        doc.edit("Change material", SceneEdits.material(1, Material.SILK));
        doc.edit("Change length", SceneEdits.garmentParameter(1, installed.get("test.tee"), "length", 70.0));
        doc.edit("Stripes", SceneEdits.pattern(1, "stripes", 0xFFFFFF, 0.05));
        Scene.Garment tee = doc.scene().outfit().get(1);
        assertEquals(0xC02020, tee.fabric().rgb());
        assertEquals(Material.SILK, tee.fabric().material());
        assertEquals(70.0, tee.parameters().get("length"));
        assertEquals(new Scene.Pattern("stripes", 0xFFFFFF, 0.05, null), tee.fabric().pattern());

        doc.undo();
        doc.undo();
        assertEquals(62.0, ((Number) doc.scene().outfit().get(1).parameters().get("length")).doubleValue());
        doc.undo();
        doc.undo();
        assertEquals(SceneEdits.DEFAULT_FABRIC, doc.scene().outfit().get(1).fabric());
        doc.edit("Remove Test tee", SceneEdits.removeGarment(1));
        assertEquals(List.of("test.trousers"), styles(doc.scene()));
        doc.undo();
        assertEquals(List.of("test.trousers", "test.tee"), styles(doc.scene()));

        Scene before = doc.scene();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> doc.edit("Remove", SceneEdits.removeGarment(5)));
        assertTrue(e.getMessage().contains("position 5") && e.getMessage().contains("0 to 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SceneEdits.garmentParameter(1, installed.get("test.tee"), "length", 99.0));
        assertTrue(e.getMessage().contains("length"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SceneEdits.pattern(1, "zigzag", 0, 0.05));
        assertTrue(e.getMessage().contains("zigzag") && e.getMessage().contains("stripes"), e.getMessage());
        Path notAnImage = Files.writeString(dir.resolve("notes.png"), "not a picture");
        e = assertThrows(IllegalArgumentException.class, () -> SceneEdits.patternImage(1, notAnImage, 0.1));
        assertTrue(e.getMessage().contains("notes.png") && e.getMessage().contains("PNG or JPEG"), e.getMessage());
        assertEquals(before, doc.scene(), "rejected edits leave the scene as it was");
    }

    @Test
    void theModelWearsTheOutfitAndAViewChangeDoesNotFitAgain(@TempDir Path dir) throws Exception {
        Scene bare = SceneEdits.defaultScene();
        Scene dressed = SceneEdits.addGarment(installed.get("test.tee")).apply(bare);
        RgbaImage naked = preview.render(bare, View.FRONT, W, H).image();
        PreviewRenderer.Frame first = preview.render(dressed, View.FRONT, W, H);
        assertTrue(first.rebuilt(), "the outfit is fitted once");
        assertTrue(changed(naked, first.image()) > 200, "the garment shows: " + changed(naked, first.image()) + " pixels differ");

        PreviewRenderer.Frame turned = preview.render(dressed, View.FRONT.orbit(40, 10), W, H);
        assertFalse(turned.rebuilt(), "a new view reuses the fitted outfit");
        assertTrue(changed(first.image(), turned.image()) > 200);

        Scene red = SceneEdits.fabricColour(0, 0xD01010).apply(dressed);
        PreviewRenderer.Frame redFrame = preview.render(red, View.FRONT, W, H);
        assertTrue(changed(first.image(), redFrame.image()) > 200, "the colour shows");
        assertFalse(redFrame.rebuilt(), "the colour of a plain fabric needs no new fitting");
        assertFalse(preview.render(dressed, View.FRONT, W, H).rebuilt(), "undo back to the first outfit comes from the cache");

        Path tile = dir.resolve("tile.png");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                img.setRGB(x, y, ((x + y) & 1) == 0 ? 0x102080 : 0xF0E020);
            }
        }
        javax.imageio.ImageIO.write(img, "png", tile.toFile());
        Scene patterned = SceneEdits.patternImage(0, tile, 0.05).apply(dressed);
        assertTrue(changed(first.image(), preview.render(patterned, View.FRONT, W, H).image()) > 200, "the imported pattern shows");

        try (PreviewRenderer undressed = new PreviewRenderer(1, new PreviewRenderer.Listener() {
            @Override
            public void rendered(PreviewRenderer.Frame frame) {
            }

            @Override
            public void failed(long request, RuntimeException error) {
            }
        })) {
            assertEquals(0, changed(naked, undressed.render(red, View.FRONT, W, H).image()), "the Model Builder's preview shows the model undressed");
        }

        installed.remove("test.tee");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> preview.render(red, View.FRONT, W, H));
        assertTrue(e.getMessage().contains("test.tee") && e.getMessage().contains("not installed"), e.getMessage());
    }

    @Test
    void lookVariantsRenderOneThumbnailEachAndStopWhenCancelled() {
        Scene base = SceneEdits.addGarment(installed.get("test.tee")).apply(SceneEdits.defaultScene());
        List<LookVariants.Variant> variants = LookVariants.of(base, List.of(SkinTone.monk(2), SkinTone.monk(9)), List.of(SizeClass.S, SizeClass.XL),
                BodyShape.RECTANGLE, List.of(HairStyle.BOB));
        assertEquals(4, variants.size());
        assertEquals(SkinTone.monk(9), variants.get(3).scene().avatar().skin());
        assertEquals(HairStyle.BOB, variants.get(3).scene().avatar().hair().style());
        assertEquals(base.outfit(), variants.get(3).scene().outfit(), "every variant wears the same outfit");
        assertTrue(variants.get(3).scene().avatar().name().contains("Monk 9 · XL · bob"), variants.get(3).scene().avatar().name());

        List<LookVariants.Thumbnail> thumbs = new ArrayList<>();
        assertEquals(4, LookVariants.render(variants, preview, View.FRONT, 64, 96, new NullProgressMonitor(), thumbs::add));
        assertEquals(4, thumbs.size());
        for (LookVariants.Thumbnail t : thumbs) {
            assertNull(t.error());
            assertNotNull(t.image());
            assertEquals(64, t.image().width());
        }
        assertTrue(changed(thumbs.get(0).image(), thumbs.get(3).image()) > 50, "different models look different");

        NullProgressMonitor monitor = new NullProgressMonitor();
        List<LookVariants.Thumbnail> some = new ArrayList<>();
        int done = LookVariants.render(variants, preview, View.FRONT, 64, 96, monitor, t -> {
            some.add(t);
            monitor.setCanceled(true);
        });
        assertEquals(1, done, "cancelling stops after the thumbnail in progress");
        assertEquals(1, some.size());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LookVariants.of(base, List.of(), List.of(SizeClass.M),
                BodyShape.RECTANGLE, List.of(HairStyle.BOB)));
        assertTrue(e.getMessage().contains("0 skin tones"), e.getMessage());
    }

    /**
     * Prints the time from a change of a dressed model (T-shirt and trousers) to the finished frame, per kind of
     * change (see docs/performance.md); asserts only which changes fit the outfit again.
     */
    @Test
    void dressedLatencyPerChange() {
        Scene base = SceneEdits.addGarment(installed.get("test.trousers")).apply(SceneEdits.addGarment(installed.get("test.tee"))
                .apply(SceneEdits.defaultScene()));
        for (int i = 0; i < 3; i++) {
            preview.render(SceneEdits.fabricColour(0, 0x101010 * (i + 1)).apply(base), View.FRONT, 360, 480);
        }
        report("dressed, fabric colour (cached outfit)", i -> {
            PreviewRenderer.Frame f = preview.render(SceneEdits.fabricColour(0, 0x203040 + i * 0x0A0503).apply(base), View.FRONT, 360, 480);
            assertFalse(f.rebuilt(), "a plain fabric's colour needs no new fitting");
            return f;
        });
        report("dressed, material (outfit fitted again)", i -> {
            PreviewRenderer.Frame f = preview.render(SceneEdits.material(1, Material.values()[i % Material.values().length])
                    .apply(SceneEdits.garmentParameter(0, installed.get("test.tee"), "length", 41.0 + i).apply(base)), View.FRONT, 360, 480);
            assertTrue(f.rebuilt());
            return f;
        });
        report("dressed, garment parameter (outfit fitted again)", i -> preview.render(
                SceneEdits.garmentParameter(0, installed.get("test.tee"), "length", 50.0 + i).apply(base), View.FRONT, 360, 480));
        report("dressed, orbit (cached outfit)", i -> {
            PreviewRenderer.Frame f = preview.render(base, View.FRONT.orbit(i * 7, 0), 360, 480);
            assertFalse(f.rebuilt() && i > 0);
            return f;
        });
        report("dressed, skin colour (cached outfit)", i -> preview.render(SceneEdits.skin(SkinTone.monk(1 + i % 10)).apply(base), View.FRONT,
                360, 480));
    }

    private static void report(String what, java.util.function.IntFunction<PreviewRenderer.Frame> change) {
        PreviewLatency.report(what, "building and fitting", change);
    }

    private static List<String> styles(Scene s) {
        return s.outfit().stream().map(Scene.Garment::style).toList();
    }

    private static int changed(RgbaImage a, RgbaImage b) {
        int n = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                int p = a.get(x, y), q = b.get(x, y);
                int d = Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((q >> 8) & 255)) + Math.abs((p & 255) - (q & 255));
                if (d > 30) {
                    n++;
                }
            }
        }
        return n;
    }
}
