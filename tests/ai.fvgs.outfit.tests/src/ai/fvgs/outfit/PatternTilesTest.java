package ai.fvgs.outfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.outfit.internal.PatternTiles;
import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;

class PatternTilesTest {

    private static Scene.Fabric fabric(String type, Path image) {
        return new Scene.Fabric(0xFFFFFF, Material.SILK, new Scene.Pattern(type, 0x102030, 0.05, image));
    }

    @Test
    void proceduralPatternsDrawTheirColourOverTheBase() {
        assertNull(PatternTiles.tile(fabric("none", null)));
        RgbaImage stripes = PatternTiles.tile(fabric("stripes", null));
        assertEquals(0xFF102030, stripes.get(5, 5), "top band is the pattern colour");
        assertEquals(0xFFFFFFFF, stripes.get(5, 50), "the rest is the base colour");
        RgbaImage check = PatternTiles.tile(fabric("check", null));
        assertEquals(0xFF102030, check.get(5, 5));
        assertEquals(0xFFFFFFFF, check.get(50, 50));
        int half = check.get(50, 5);
        assertTrue(((half >> 16) & 255) > 0x10 && ((half >> 16) & 255) < 0xFF, "where one band runs, a mix");
        RgbaImage dots = PatternTiles.tile(fabric("dots", null));
        assertEquals(0xFF102030, dots.get(32, 32));
        assertEquals(0xFFFFFFFF, dots.get(1, 1));
    }

    @Test
    void imagePatternsAreReadAndBadFilesNamed(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(8, 4, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(3, 2, 0xFF00FF00);
        Path png = dir.resolve("tile.png");
        ImageIO.write(img, "png", png.toFile());
        RgbaImage tile = PatternTiles.tile(fabric("image", png));
        assertEquals(8, tile.width());
        assertEquals(0xFF00FF00, tile.get(3, 2));

        Path missing = dir.resolve("missing.png");
        var e = assertThrows(IllegalArgumentException.class, () -> PatternTiles.tile(fabric("image", missing)));
        assertEquals("fabric pattern image " + missing + " does not exist", e.getMessage());
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "not an image");
        e = assertThrows(IllegalArgumentException.class, () -> PatternTiles.tile(fabric("image", junk)));
        assertTrue(e.getMessage().startsWith("fabric pattern image " + junk), e.getMessage());
    }

    @Test
    void theOutfitAppearanceCarriesTileScaleAndMaterial() {
        var outfit = Outfit.dress(TestGarments.avatar(ai.fvgs.avatar.SizeClass.S), java.util.List.of(new OutfitItem(TestGarments.tee(),
                ai.fvgs.sdk.garment.ParameterValues.defaults(java.util.List.of()), fabric("dots", null))));
        Appearance a = outfit.garments().get(0).appearance();
        assertEquals(0xFFFFFF, a.rgb());
        assertEquals(Material.SILK.roughness(), a.roughness());
        assertEquals(0.05, a.patternScale());
        assertEquals(PatternTiles.SIZE, a.patternTile().width());
    }
}
