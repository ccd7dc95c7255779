package ai.fvgs.backgrounds.basic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundView;

class BasicBackgroundsTest {

    static final Path HERE = Path.of("");

    @Test
    void solidFillsEveryPixelWithStudioWhite() {
        RgbaImage img = new RgbaImage(7, 5);
        new SolidBackground().paint(img, 3.0);
        for (int p : img.pixels()) {
            assertEquals(SolidBackground.STUDIO_WHITE, p);
        }
    }

    @Test
    void solidTakesItsColourFromTheScene() {
        RgbaImage img = new RgbaImage(4, 3);
        new SolidBackground().configure(Map.of("colour", "#1A2b3C"), HERE).paint(img, 0);
        for (int p : img.pixels()) {
            assertEquals(0xFF1A2B3C, p);
        }
    }

    @Test
    void solidRejectsABadColourNamingKeyValueAndWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SolidBackground().configure(Map.of("colour", "#12"), HERE));
        assertEquals("colour: \"#12\" is not a colour; allowed: #rrggbb", e.getMessage());
    }

    @Test
    void cycloramaIsOpaqueLighterOnTheFloorAndDarkerAtTheEdges() {
        RgbaImage img = new RgbaImage(160, 90);
        new CycloramaBackground().paint(img, 0);
        for (int p : img.pixels()) {
            assertEquals(0xFF, p >>> 24);
        }
        int top = img.get(80, 2) & 0xFF;
        int floor = img.get(80, 80) & 0xFF;
        int corner = img.get(0, 2) & 0xFF;
        assertTrue(floor > top, "floor " + floor + " brighter than the top of the wall " + top);
        assertTrue(corner < top, "vignette darkens the corners");
    }

    @Test
    void cycloramaIsDeterministic() {
        RgbaImage a = new RgbaImage(64, 64);
        RgbaImage b = new RgbaImage(64, 64);
        new CycloramaBackground().paint(a, 0);
        new CycloramaBackground().paint(b, 10);
        assertArrayEquals(a.pixels(), b.pixels());
    }

    @Test
    void cycloramaColoursAndHorizonComeFromTheScene() {
        RgbaImage img = new RgbaImage(100, 100);
        new CycloramaBackground().configure(Map.of("top", "#ff0000", "bottom", "#0000ff", "horizon", "0.5"), HERE).paint(img, 0);
        int top = img.get(50, 0);
        int bottom = img.get(50, 99);
        assertTrue((top >> 16 & 0xFF) > 150 && (top & 0xFF) < 60, "red at the top: " + Integer.toHexString(top));
        assertTrue((bottom & 0xFF) > 150 && (bottom >> 16 & 0xFF) < 60, "blue on the floor: " + Integer.toHexString(bottom));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CycloramaBackground().configure(Map.of("horizon", "1.5"), HERE));
        assertEquals("horizon: \"1.5\" is out of range; allowed: 0.3 to 0.95", e.getMessage());
    }

    @Test
    void transparentIsAlphaZeroEverywhere() {
        RgbaImage img = new RgbaImage(33, 17);
        img.fill(0xFF123456);
        Background transparent = new TransparentBackground();
        transparent.paint(img, 1.5);
        for (int p : img.pixels()) {
            assertEquals(0, p >>> 24, "alpha");
        }
        img.fill(0xFF123456);
        transparent.paint(img, new BackgroundView(0, new BackgroundView.Vec3(0, 1, 5), new BackgroundView.Vec3(0, 1, 0),
                new BackgroundView.Vec3(0, 1, 0), 30, true));
        for (int p : img.pixels()) {
            assertEquals(0, p >>> 24, "alpha with transparency allowed");
        }
    }

    @Test
    void transparentPaintsItsOpaqueFallbackWhereTheOutputHasNoAlpha() {
        RgbaImage img = new RgbaImage(8, 8);
        new TransparentBackground().paint(img, BackgroundView.standard(0));
        for (int p : img.pixels()) {
            assertEquals(0xFF00B140, p, "chroma green");
        }
        new TransparentBackground().configure(Map.of("fallback", "#ffffff"), HERE).paint(img, BackgroundView.standard(0));
        assertEquals(0xFFFFFFFF, img.get(3, 3));
    }

    @Test
    void everyBuiltInBackgroundNamesAnUnknownKeyAndListsItsParameters() {
        List<Background> all = List.of(new SolidBackground(), new CycloramaBackground(), new RunwayBackground(),
                new ImageBackground(), new VideoBackground(), new TransparentBackground());
        for (Background b : all) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> b.configure(Map.of("colur", "#ffffff"), HERE), b.info().id());
            String keys = String.join(", ", b.parameters().stream().map(p -> p.key()).toList());
            assertEquals("unknown parameter \"colur\"; allowed: " + keys, e.getMessage(), b.info().id());
            assertTrue(b.info().id().startsWith("ai.fvgs.background."), b.info().id());
            assertTrue(b.info().thumbnail().isPresent(), "thumbnail of " + b.info().id());
        }
    }

    @Test
    void backgroundsWithoutFilesConfigureToTheirDefaultsFromAnEmptyMap() {
        RgbaImage a = new RgbaImage(32, 18);
        RgbaImage b = new RgbaImage(32, 18);
        for (Background bg : List.of(new SolidBackground(), new CycloramaBackground(), new RunwayBackground(), new TransparentBackground())) {
            bg.paint(a, BackgroundView.standard(0));
            bg.configure(Map.of(), HERE).paint(b, BackgroundView.standard(0));
            assertArrayEquals(a.pixels(), b.pixels(), bg.info().id());
        }
    }

    @Test
    void aBackgroundWrittenForSdk10KeepsWorking() {
        Background old = new Background() {
            @Override
            public ai.fvgs.sdk.ExtensionInfo info() {
                return ai.fvgs.sdk.ExtensionInfo.builder("com.example.old").label("Old").vendor("Example").build();
            }

            @Override
            public void paint(RgbaImage target, double timeSeconds) {
                target.fill(0xFF000000 | (int) timeSeconds);
            }
        };
        assertSame(old, old.configure(Map.of(), HERE));
        RgbaImage img = new RgbaImage(2, 2);
        old.paint(img, new BackgroundView(42, new BackgroundView.Vec3(0, 1, 5), new BackgroundView.Vec3(0, 1, 0),
                new BackgroundView.Vec3(0, 1, 0), 30, false));
        assertEquals(0xFF00002A, img.get(0, 0), "the view's time reaches paint(target, t)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> old.configure(Map.of("speed", "2"), HERE));
        assertEquals("unknown parameter \"speed\"; allowed: none (this background takes no parameters)", e.getMessage());
    }
}
